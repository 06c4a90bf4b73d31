package io.renloop.attendance.internal.results;

/**
 * A tenant's time clock rules.
 *
 * @param graceMinutes lateness or early leave up to this many minutes is not counted
 * @param minOvertimeMinutes overtime shorter than this is not counted
 * @param automaticOvertime true: overtime counts as worked (the tenant's rule); false: only when approved
 * @param correctionMonthlyLimit how many clock corrections (补卡) an employee may ask for per month
 */
record ClockRules(int graceMinutes, int minOvertimeMinutes, boolean automaticOvertime, int correctionMonthlyLimit) {

	static final ClockRules DEFAULTS = new ClockRules(5, 30, false, 3);
}
