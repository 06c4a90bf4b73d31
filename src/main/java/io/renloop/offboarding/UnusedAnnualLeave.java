package io.renloop.offboarding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The payout of statutory annual leave not taken by a leaver, by the Measures for Paid Annual Leave of Enterprise
 * Employees (2008):
 * <ul>
 * <li>art. 12: the year's days are pro-rated by the calendar days already passed at this employer this year
 * ({@code passed ÷ 365 × entitlement}), less the days already taken; a part of a day left after pro-rating is not
 * paid;</li>
 * <li>art. 10: each day not taken is paid at 300 % of the daily wage; the normal 100 % is already in the month's
 * salary, so 200 % is paid on top;</li>
 * <li>art. 11: the daily wage is the monthly wage divided by 21.75 days.</li>
 * </ul>
 */
public final class UnusedAnnualLeave {

	/** Monthly pay days of the daily wage (art. 11). */
	static final BigDecimal PAY_DAYS_PER_MONTH = new BigDecimal("21.75");

	/** The extra on top of the salary for each day not taken (art. 10: 300 % less the 100 % already paid). */
	static final BigDecimal EXTRA_RATE = new BigDecimal("2");

	private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365");

	private UnusedAnnualLeave() {
	}

	/**
	 * The statutory days of a full year (Regulations on Paid Annual Leave of Employees art. 3): none before a
	 * year of work, 5 days from 1 year, 10 from 10 years, 15 from 20 years of cumulative work.
	 */
	public static int statutoryDays(LocalDate workStart, LocalDate onDay) {
		long years = ChronoUnit.YEARS.between(workStart, onDay);
		return years >= 20 ? 15 : years >= 10 ? 10 : years >= 1 ? 5 : 0;
	}

	/**
	 * @param monthlyWage the monthly wage, yuan
	 * @param entitlementDays the statutory days of a full year
	 * @param daysTaken the annual leave days already taken this year (halves allowed)
	 * @param employedSince the first day at this employer, possibly in an earlier year
	 * @param lastDay the last day of employment
	 */
	public static Result payout(BigDecimal monthlyWage, int entitlementDays, BigDecimal daysTaken,
			LocalDate employedSince, LocalDate lastDay) {
		LocalDate yearStart = lastDay.withDayOfYear(1);
		LocalDate from = employedSince.isAfter(yearStart) ? employedSince : yearStart;
		long passed = from.isAfter(lastDay) ? 0 : ChronoUnit.DAYS.between(from, lastDay) + 1;
		BigDecimal proRated = BigDecimal.valueOf(passed)
			.multiply(BigDecimal.valueOf(entitlementDays))
			.divide(DAYS_PER_YEAR, 0, RoundingMode.FLOOR);
		BigDecimal unused = proRated.subtract(daysTaken).max(BigDecimal.ZERO);
		BigDecimal dailyWage = monthlyWage.divide(PAY_DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
		BigDecimal amount = dailyWage.multiply(EXTRA_RATE).multiply(unused).setScale(2, RoundingMode.HALF_UP);
		List<Explanation> lines = new ArrayList<>();
		lines.add(Explanation.of("offboarding.leave.line.proRated", passed, entitlementDays, proRated.toPlainString()));
		lines.add(Explanation.of("offboarding.leave.line.unused", daysTaken.stripTrailingZeros().toPlainString(),
				unused.stripTrailingZeros().toPlainString()));
		lines.add(Explanation.of("offboarding.leave.line.payout", dailyWage.toPlainString(),
				unused.stripTrailingZeros().toPlainString(), amount.toPlainString()));
		return new Result(proRated, unused, dailyWage, amount, lines);
	}

	/**
	 * @param proRatedDays the whole days of the year earned up to the last day
	 * @param unusedDays the days not taken, paid out
	 * @param dailyWage the monthly wage ÷ 21.75
	 * @param amount the 200 % paid on top of the salary for the unused days, yuan with two decimals
	 * @param explanation how the figures came about
	 */
	public record Result(BigDecimal proRatedDays, BigDecimal unusedDays, BigDecimal dailyWage, BigDecimal amount,
			List<Explanation> explanation) {

		public Result {
			explanation = List.copyOf(explanation);
		}
	}
}
