package io.renloop.attendance.internal.results;

import io.renloop.attendance.TimeClockRules;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and sets the effective-dated time clock rules the daily results and corrections use. */
@Service
@Transactional
class DefaultTimeClockRules implements TimeClockRules {

	static final List<String> OVERTIME_RULES = List.of("APPROVED", "AUTOMATIC");

	private final TimeClockSettings settings;

	private final PeriodStates periods;

	private final TenantTime time;

	private final AuditTrail audit;

	DefaultTimeClockRules(TimeClockSettings settings, PeriodStates periods, TenantTime time, AuditTrail audit) {
		this.settings = settings;
		this.periods = periods;
		this.time = time;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public RulesView inForce(LocalDate on) {
		LocalDate day = on == null ? time.today() : on;
		List<Version> versions = settings.versions(TenantContext.require());
		return new RulesView(day, new TimeClockSettings.RuleBook(versions).versionOn(day), versions);
	}

	@Override
	public RulesView change(ChangeRules command) {
		String tenantId = TenantContext.require();
		String rule = command.overtimeRule() == null ? "" : command.overtimeRule().strip().toUpperCase(Locale.ROOT);
		List<FieldProblem> problems = new ArrayList<>();
		within(problems, "graceMinutes", command.graceMinutes(), 120);
		within(problems, "minOvertimeMinutes", command.minOvertimeMinutes(), 240);
		within(problems, "correctionMonthlyLimit", command.correctionMonthlyLimit(), 31);
		if (!OVERTIME_RULES.contains(rule)) {
			problems.add(new FieldProblem("overtimeRule", "timeclock.rules.overtimeRule"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		LocalDate from = command.effectiveFrom() == null ? time.today() : command.effectiveFrom();
		if (from.isBefore(SINCE_EVER)) {
			throw InvalidFieldsException.of("effectiveFrom", "timeclock.rules.tooEarly", SINCE_EVER);
		}
		String period = YearMonth.from(from).toString();
		if (periods.closed(tenantId, period)) {
			throw new BusinessRuleException("timeclock.rules.closedMonth", period);
		}
		Version before = new TimeClockSettings.RuleBook(settings.versions(tenantId)).versionOn(from);
		Version after = new Version(from, command.graceMinutes(), command.minOvertimeMinutes(), rule,
				command.correctionMonthlyLimit());
		settings.save(tenantId, after, CurrentUser.find().map(CurrentUser::email).orElse("system"));
		audit.recordChange("UPDATE", "TimeClockRules", tenantId + ":" + from, before, after);
		return inForce(from);
	}

	/** The page calls this service without bean validation, so the bounds are checked here as well. */
	private static void within(List<FieldProblem> problems, String field, Integer value, int max) {
		if (value == null || value < 0 || value > max) {
			problems.add(new FieldProblem(field, "timeclock.rules.range", 0, max));
		}
	}
}
