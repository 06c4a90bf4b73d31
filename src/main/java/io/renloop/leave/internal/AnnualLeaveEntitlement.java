package io.renloop.leave.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * Statutory paid annual leave (职工带薪年休假条例 2007, art. 3; 企业职工带薪年休假实施办法 2008, arts. 4, 5, 12). The days
 * depend on cumulative years of work since 参加工作日期 — with any employer, not the tenure here: none below one year, 5
 * from 1 to under 10 years, 10 from 10 to under 20, 15 from 20. A year in which the employee joins or leaves, or
 * passes a threshold, is pro-rated by calendar days: (days ÷ 365) × the days of each tier, and what is short of a
 * whole day is dropped (arts. 5 and 12). A leaver's days already taken are subtracted by the balance, not here.
 */
final class AnnualLeaveEntitlement {

	private static final int DAYS_OF_A_YEAR = 365;

	private AnnualLeaveEntitlement() {
	}

	/** The full-year days for someone with the given cumulative work on the given date. */
	static int tierOn(LocalDate workStart, LocalDate date) {
		if (workStart == null || date.isBefore(workStart)) {
			return 0;
		}
		int years = Period.between(workStart, date).getYears();
		if (years >= 20) {
			return 15;
		}
		if (years >= 10) {
			return 10;
		}
		return years >= 1 ? 5 : 0;
	}

	/**
	 * The whole days of one calendar year for an employee employed from {@code hireDate} to {@code lastDay} (null
	 * while employed): each day employed in the year earns its tier's share of 1/365, the sum rounded down.
	 */
	static int forYear(int year, LocalDate workStart, LocalDate hireDate, LocalDate lastDay) {
		LocalDate from = max(LocalDate.of(year, 1, 1), hireDate);
		LocalDate to = lastDay == null ? LocalDate.of(year, 12, 31) : min(LocalDate.of(year, 12, 31), lastDay);
		if (to.isBefore(from)) {
			return 0;
		}
		long dayTiers = 0;
		LocalDate segmentStart = from;
		while (!segmentStart.isAfter(to)) {
			int tier = tierOn(workStart, segmentStart);
			LocalDate segmentEnd = min(to, nextThreshold(workStart, segmentStart).minusDays(1));
			dayTiers += (ChronoUnit.DAYS.between(segmentStart, segmentEnd) + 1) * tier;
			segmentStart = segmentEnd.plusDays(1);
		}
		return (int) (dayTiers / DAYS_OF_A_YEAR);
	}

	/** The next date on which the tier can change: the next 1st, 10th or 20th anniversary of the work start. */
	private static LocalDate nextThreshold(LocalDate workStart, LocalDate date) {
		if (workStart == null) {
			return LocalDate.MAX;
		}
		for (int years : new int[] { 1, 10, 20 }) {
			LocalDate threshold = workStart.plusYears(years);
			if (threshold.isAfter(date)) {
				return threshold;
			}
		}
		return LocalDate.MAX;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return b == null || a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
