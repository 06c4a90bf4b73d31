package io.renloop.attendance;

import java.math.BigDecimal;

/**
 * An employee's month as payroll reads it: frozen once the month is closed, computed live before.
 *
 * @param workdays scheduled working days
 * @param workedDays working days with clock events
 * @param overtimeWarning true when the month's overtime passes the 36 hours of Labour Law art. 41 (a warning)
 * @param closed true when the figures are the frozen ones of a closed month
 */
public record PeriodSummary(int workdays, int workedDays, int absentDays, int lateCount, int lateMinutes,
		int earlyLeaveCount, BigDecimal paidLeaveDays, BigDecimal unpaidLeaveDays, BigDecimal sickLeaveDays,
		OvertimeHours overtime, boolean overtimeWarning, boolean closed) {

	/** Overtime hours by the kind of day, two decimals. */
	public record OvertimeHours(BigDecimal workdayHours, BigDecimal restDayHours, BigDecimal holidayHours) {
	}
}
