package io.renloop.attendance.internal.results;

import io.renloop.attendance.DailyResult;
import io.renloop.attendance.PeriodSummary;
import io.renloop.attendance.PeriodSummary.OvertimeHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Adds up a month of daily results; pure. */
final class MonthTotals {

	/** Labour Law art. 41: at most 36 hours of overtime a month (a warning, not a block). */
	static final int MONTHLY_OVERTIME_LIMIT_MINUTES = 36 * 60;

	static final String SICK = "SICK";

	private MonthTotals() {
	}

	static PeriodSummary of(List<DailyResult> days, boolean closed) {
		int workdays = 0;
		int workedDays = 0;
		int absent = 0;
		int lateCount = 0;
		int lateMinutes = 0;
		int earlyCount = 0;
		BigDecimal paid = BigDecimal.ZERO;
		BigDecimal unpaid = BigDecimal.ZERO;
		BigDecimal sick = BigDecimal.ZERO;
		int[] overtime = new int[3];
		for (DailyResult day : days) {
			if (day.shift() != null) {
				workdays++;
				workedDays += day.firstIn() != null || day.lastOut() != null ? 1 : 0;
			}
			absent += day.absent() ? 1 : 0;
			lateCount += day.lateMinutes() > 0 ? 1 : 0;
			lateMinutes += day.lateMinutes();
			earlyCount += day.earlyLeaveMinutes() > 0 ? 1 : 0;
			if (day.leave() != null && day.shift() != null) {
				if (SICK.equals(day.leave().type())) {
					sick = sick.add(day.leave().fraction());
				}
				else if (day.leave().paid()) {
					paid = paid.add(day.leave().fraction());
				}
				else {
					unpaid = unpaid.add(day.leave().fraction());
				}
			}
			overtime[0] += day.overtime().workdayMinutes();
			overtime[1] += day.overtime().restDayMinutes();
			overtime[2] += day.overtime().holidayMinutes();
		}
		return new PeriodSummary(workdays, workedDays, absent, lateCount, lateMinutes, earlyCount, paid, unpaid, sick,
				new OvertimeHours(hours(overtime[0]), hours(overtime[1]), hours(overtime[2])),
				overtime[0] + overtime[1] + overtime[2] > MONTHLY_OVERTIME_LIMIT_MINUTES, closed);
	}

	static BigDecimal hours(int minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}
}
