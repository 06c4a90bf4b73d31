package io.renloop.leave.internal;

import io.renloop.attendance.WorkSchedules;
import io.renloop.leave.DayBasis;
import io.renloop.leave.Half;
import io.renloop.leave.LeaveRuleView;
import io.renloop.leave.SubmitLeave;
import io.renloop.platform.InvalidFieldsException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns a request into the days it covers: the type's definition, the rule that caps it (and says whether it counts
 * working or calendar days), and the employee's schedule from attendance.
 */
@Component
class LeaveCounting {

	/** The longest request: a maternity leave with every extension fits, a typing error of years does not. */
	static final int MAX_SPAN_DAYS = 400;

	/** What a request counts as. */
	record Counted(BuiltInTypes.Definition type, Optional<LeaveRuleView> cap, LeaveSpan span) {
	}

	private final DefaultLeaveTypes types;

	private final DefaultLeaveRules rules;

	private final WorkSchedules schedules;

	LeaveCounting(DefaultLeaveTypes types, DefaultLeaveRules rules, WorkSchedules schedules) {
		this.types = types;
		this.rules = rules;
		this.schedules = schedules;
	}

	Counted count(java.util.UUID employeeId, SubmitLeave command) {
		BuiltInTypes.Definition type = types.find(command.type())
			.orElseThrow(() -> InvalidFieldsException.of("type", "error.leave.unknownType", command.type()));
		checkDates(command);
		Optional<LeaveRuleView> cap = rules.cap(type.code(), command.start());
		DayBasis basis = cap.map(LeaveRuleView::dayBasis).orElse(type.dayBasis());
		LeaveSpan span = LeaveSpan.of(schedules.schedule(employeeId, command.start(), command.end()), basis,
				command.startHalf(), command.endHalf(), command.hours());
		return new Counted(type, cap, span);
	}

	/** A span of one day (or the same half twice) at most: hours within a day, not an afternoon-to-morning. */
	private static void checkDates(SubmitLeave command) {
		LocalDate start = command.start();
		LocalDate end = command.end();
		if (end.isBefore(start)) {
			throw InvalidFieldsException.of("end", "error.leave.endBeforeStart");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_SPAN_DAYS) {
			throw InvalidFieldsException.of("end", "error.leave.tooLong", MAX_SPAN_DAYS);
		}
		if (command.hours() != null && !start.equals(end)) {
			throw InvalidFieldsException.of("hours", "error.leave.hoursOneDay");
		}
		if (start.equals(end) && command.startHalf() == Half.PM && command.endHalf() == Half.AM) {
			throw InvalidFieldsException.of("endHalf", "error.leave.halves");
		}
	}
}
