package io.renloop.offboarding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Economic compensation (经济补偿) of Labour Contract Law art. 47, with the month's wage in lieu of notice of art. 40
 * (the "+1" of N+1). Pure arithmetic on the figures given.
 * <ul>
 * <li>One month's wage per full year of service; a remainder of six months or more counts as a full year, a shorter
 * remainder as half a month.</li>
 * <li>Where the monthly wage exceeds three times the local average monthly wage, the base is three times that
 * average and the years counted are at most twelve.</li>
 * <li>The pay in lieu of notice is one month of the employee's own wage, never capped.</li>
 * </ul>
 * Service counts from the first day to the last day of employment, both included.
 */
public final class EconomicCompensation {

	/** Above this multiple of the local average wage the base and the years are capped. */
	static final BigDecimal CAP_MULTIPLE = new BigDecimal("3");

	/** The most years (months of wage) counted for a capped wage. */
	static final BigDecimal CAPPED_MONTHS = new BigDecimal("12");

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private EconomicCompensation() {
	}

	/**
	 * @param monthlyWage the average monthly wage of the last twelve months, yuan
	 * @param serviceStart the first day of employment
	 * @param serviceEnd the last day of employment, not before the first
	 * @param localAverageMonthlyWage the average monthly wage of the locality published for the year
	 * @param noticeInLieu whether a month's wage is paid instead of 30 days' notice
	 */
	public static Result of(BigDecimal monthlyWage, LocalDate serviceStart, LocalDate serviceEnd,
			BigDecimal localAverageMonthlyWage, boolean noticeInLieu) {
		Objects.requireNonNull(monthlyWage, "monthlyWage");
		Objects.requireNonNull(localAverageMonthlyWage, "localAverageMonthlyWage");
		if (serviceEnd.isBefore(serviceStart)) {
			throw new IllegalArgumentException("serviceEnd before serviceStart");
		}
		List<Explanation> lines = new ArrayList<>();
		Period service = Period.between(serviceStart, serviceEnd.plusDays(1));
		int fullYears = service.getYears();
		boolean hasRemainder = service.getMonths() > 0 || service.getDays() > 0;
		boolean remainderCountsAsYear = service.getMonths() >= 6;
		BigDecimal months = BigDecimal.valueOf(fullYears)
			.add(remainderCountsAsYear ? BigDecimal.ONE : hasRemainder ? HALF : BigDecimal.ZERO);
		lines.add(Explanation.of("offboarding.severance.line.service", fullYears, service.getMonths(),
				service.getDays()));
		if (hasRemainder) {
			lines.add(Explanation.of(remainderCountsAsYear ? "offboarding.severance.line.remainderYear"
					: "offboarding.severance.line.remainderHalf"));
		}
		BigDecimal wage = money(monthlyWage);
		BigDecimal cap = money(localAverageMonthlyWage.multiply(CAP_MULTIPLE));
		BigDecimal base = wage;
		boolean capped = wage.compareTo(cap) > 0;
		if (capped) {
			base = cap;
			lines.add(Explanation.of("offboarding.severance.line.capBase", plain(wage), plain(cap)));
			if (months.compareTo(CAPPED_MONTHS) > 0) {
				months = CAPPED_MONTHS;
				lines.add(Explanation.of("offboarding.severance.line.capYears", CAPPED_MONTHS.toPlainString()));
			}
		}
		BigDecimal compensation = money(base.multiply(months));
		lines.add(Explanation.of("offboarding.severance.line.compensation", months.stripTrailingZeros().toPlainString(),
				plain(base), plain(compensation)));
		BigDecimal noticePay = noticeInLieu ? wage : money(BigDecimal.ZERO);
		if (noticeInLieu) {
			lines.add(Explanation.of("offboarding.severance.line.noticeInLieu", plain(noticePay)));
		}
		BigDecimal amount = money(compensation.add(noticePay));
		lines.add(Explanation.of("offboarding.severance.line.total", plain(amount)));
		return new Result(months.setScale(1, RoundingMode.UNNECESSARY), base, compensation, noticePay, amount, capped,
				lines);
	}

	private static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	/**
	 * @param months the months of wage counted (N), a multiple of one half
	 * @param base the monthly base of the compensation, yuan with two decimals
	 * @param compensation {@code months × base}
	 * @param noticePay the month's wage in lieu of notice, zero when not chosen
	 * @param amount compensation plus pay in lieu of notice
	 * @param capped whether the base and years were capped at three times the local average wage
	 * @param explanation how the figures came about, line by line
	 */
	public record Result(BigDecimal months, BigDecimal base, BigDecimal compensation, BigDecimal noticePay,
			BigDecimal amount, boolean capped, List<Explanation> explanation) {

		public Result {
			explanation = List.copyOf(explanation);
		}
	}
}
