package io.renloop.attendance.internal.results;

import io.renloop.attendance.ApprovedAbsence;
import io.renloop.attendance.DailyResult;
import io.renloop.attendance.DailyResult.Leave;
import io.renloop.attendance.DailyResult.Overtime;
import io.renloop.attendance.DayType;
import io.renloop.attendance.ScheduledDay;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One employee-day from its plan, the clock events that belong to it, its approved leave and approved overtime.
 * Pure: no Spring, no database, so the rules are tested on their own.
 */
final class DayCalculator {

	/** Labour Law art. 41: at most 3 hours of overtime a day (a warning, not a block). */
	static final int DAILY_OVERTIME_LIMIT_MINUTES = 180;

	/** An unpaid meal break assumed on a day off worked longer than this. */
	private static final int DAY_OFF_BREAK_AFTER_MINUTES = 6 * 60;

	private DayCalculator() {
	}

	/**
	 * @param events the day's events in time order
	 * @param absence the day's approved leave, or null
	 * @param approvedOvertimeMinutes overtime approved for the day, or null when none was asked for
	 */
	static DailyResult compute(ScheduledDay day, List<Instant> events, ZoneId zone, ApprovedAbsence absence,
			Integer approvedOvertimeMinutes, ClockRules rules) {
		Leave leave = leaveOf(absence);
		boolean wholeDayLeave = leave != null && leave.fraction().compareTo(BigDecimal.ONE) >= 0;
		if (!day.isWorking()) {
			return dayOff(day, events, leave, approvedOvertimeMinutes, rules);
		}
		ShiftWindow planned = ShiftWindow.of(day.date(), day.shift(), zone);
		Instant firstIn = null;
		Instant lastOut = null;
		if (events.size() >= 2) {
			firstIn = events.get(0);
			lastOut = events.get(events.size() - 1);
		}
		else if (events.size() == 1) {
			// one punch: an arrival when it is nearer the start, else a departure
			Instant only = events.get(0);
			Instant middle = planned.start().plus(Duration.between(planned.start(), planned.end()).dividedBy(2));
			firstIn = only.isBefore(middle) ? only : null;
			lastOut = only.isBefore(middle) ? null : only;
		}
		// a flexible shift begun later by up to its flexible minutes ends as much later
		int flexible = day.shift().flexibleMinutes();
		int cameLaterBy = firstIn == null ? 0
				: clamp((int) Duration.between(planned.start(), firstIn).toMinutes(), flexible);
		ShiftWindow shift = planned.later(cameLaterBy);
		int grace = day.shift().graceMinutes() > 0 ? day.shift().graceMinutes() : rules.graceMinutes();
		int breakMinutes = Math.max(0, shift.minutes() - day.shift().paidMinutes());
		int worked = firstIn == null || lastOut == null ? 0
				: clamp(shift.overlapMinutes(firstIn, lastOut) - breakMinutes, day.shift().paidMinutes());
		boolean complete = day.shift().minimumMinutes() > 0 && worked >= day.shift().minimumMinutes();
		boolean lateExcused = wholeDayLeave || (leave != null && "AM".equals(leave.half()));
		boolean earlyExcused = wholeDayLeave || complete || (leave != null && "PM".equals(leave.half()));
		int late = firstIn == null || lateExcused ? 0
				: beyondGrace(Duration.between(planned.start().plus(Duration.ofMinutes(flexible)), firstIn), grace);
		int early = lastOut == null || earlyExcused ? 0 : beyondGrace(Duration.between(lastOut, shift.end()), grace);
		int extra = lastOut == null ? 0 : (int) Math.max(0, Duration.between(shift.end(), lastOut).toMinutes());
		Overtime overtime;
		if (day.dayType() == DayType.STATUTORY_HOLIDAY) {
			// a shift worked on a statutory holiday is holiday overtime as a whole (art. 44: 300 %)
			overtime = new Overtime(0, 0, counted(worked + extra, approvedOvertimeMinutes, rules));
		}
		else {
			overtime = new Overtime(counted(extra, approvedOvertimeMinutes, rules), 0, 0);
		}
		boolean absent = events.isEmpty() && !wholeDayLeave;
		boolean missingPunch = events.size() == 1 && !wholeDayLeave;
		return new DailyResult(day.date(), day.dayType(), day.shift(), firstIn, lastOut, worked, late, early, absent,
				missingPunch, leave, overtime, overtime.total() > DAILY_OVERTIME_LIMIT_MINUTES);
	}

	/** A day still to come: its plan, nothing counted and no anomaly yet. */
	/** A day still to come: its plan, and the approved leave that will cover it. */
	static DailyResult planned(ScheduledDay day, ApprovedAbsence absence) {
		return new DailyResult(day.date(), day.dayType(), day.shift(), null, null, 0, 0, 0, false, false,
				leaveOf(absence), Overtime.NONE, false);
	}

	private static Leave leaveOf(ApprovedAbsence absence) {
		return absence == null ? null
				: new Leave(absence.leaveType(), absence.fraction(), absence.paid(), absence.half());
	}

	private static DailyResult dayOff(ScheduledDay day, List<Instant> events, Leave leave,
			Integer approvedOvertimeMinutes, ClockRules rules) {
		if (events.isEmpty()) {
			return new DailyResult(day.date(), day.dayType(), null, null, null, 0, 0, 0, false, false, leave,
					Overtime.NONE, false);
		}
		Instant firstIn = events.get(0);
		Instant lastOut = events.size() > 1 ? events.get(events.size() - 1) : null;
		int span = lastOut == null ? 0 : (int) Duration.between(firstIn, lastOut).toMinutes();
		int worked = span > DAY_OFF_BREAK_AFTER_MINUTES ? span - 60 : span;
		int minutes = counted(worked, approvedOvertimeMinutes, rules);
		Overtime overtime = day.dayType() == DayType.STATUTORY_HOLIDAY ? new Overtime(0, 0, minutes)
				: new Overtime(0, minutes, 0);
		return new DailyResult(day.date(), day.dayType(), null, firstIn, lastOut, worked, 0, 0, false,
				lastOut == null, leave, overtime, minutes > DAILY_OVERTIME_LIMIT_MINUTES);
	}

	/** Overtime that counts: none below the minimum; all of it by the tenant's rule, else up to what was approved. */
	private static int counted(int minutes, Integer approved, ClockRules rules) {
		if (minutes < rules.minOvertimeMinutes()) {
			return 0;
		}
		if (rules.automaticOvertime()) {
			return minutes;
		}
		return approved == null ? 0 : Math.min(minutes, approved);
	}

	private static int beyondGrace(Duration by, int graceMinutes) {
		long minutes = by.toMinutes();
		return minutes > graceMinutes ? (int) minutes : 0;
	}

	private static int clamp(int minutes, int max) {
		return Math.max(0, Math.min(minutes, max));
	}
}
