package io.renloop.attendance.internal.results;

import io.renloop.attendance.TimeClockRules.Version;

/**
 * A tenant's time clock rules on one day, as the calculations use them.
 *
 * @param graceMinutes lateness or early leave up to this many minutes is not counted
 * @param minOvertimeMinutes overtime shorter than this is not counted
 * @param automaticOvertime true: overtime counts as worked (the tenant's rule); false: only when approved
 * @param correctionMonthlyLimit how many clock corrections (补卡) an employee may ask for per month
 */
record ClockRules(int graceMinutes, int minOvertimeMinutes, boolean automaticOvertime, int correctionMonthlyLimit) {

	static final ClockRules DEFAULTS = of(io.renloop.attendance.TimeClockRules.DEFAULTS);

	static ClockRules of(Version version) {
		return new ClockRules(version.graceMinutes(), version.minOvertimeMinutes(),
				"AUTOMATIC".equals(version.overtimeRule()), version.correctionMonthlyLimit());
	}
}
