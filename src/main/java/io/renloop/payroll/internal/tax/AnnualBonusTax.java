package io.renloop.payroll.internal.tax;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An annual one-time bonus taxed separately (Caishui [2018] 164, extended to the end of 2027 by 2023 No. 30): the
 * whole bonus at the rate of the monthly table's bracket of bonus ÷ 12, with that bracket's quick deduction
 * deducted only once. Because the rate applies to the whole bonus, one yuan above a bracket limit costs the rate
 * difference on everything: 36,000 is taxed 1,080.00, 36,001 is taxed 3,390.10. Above each limit a dead zone
 * follows where a larger bonus leaves the employee less after tax; {@link BonusTax#cliff} warns of it.
 * The alternative is the merged method, {@link MonthlyTaxInput#withBonusMerged}.
 */
public final class AnnualBonusTax {

	private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

	private AnnualBonusTax() {
	}

	/**
	 * The tax of the bonus taxed separately, and the dead-zone warning.
	 * @throws IllegalArgumentException for a negative bonus or a fraction of a fen
	 */
	public static BonusTax separately(BigDecimal bonus) {
		BigDecimal amount = Yuan.exact("bonus", bonus);
		TaxTable.Bracket bracket = TaxTable.MONTHLY.bracketOf(amount, MONTHS);
		BigDecimal tax = bracket.taxOf(amount);
		return new BonusTax(tax, bracket.rate(), bracket.quickDeduction(), cliff(amount, tax).orElse(null));
	}

	/**
	 * What lowering the bonus to the bracket limit just below it would add to the net bonus, when that is more than
	 * nothing. The net bonus grows within a bracket, so only the nearest limit below can pay more.
	 */
	private static Optional<BigDecimal> cliff(BigDecimal bonus, BigDecimal tax) {
		return limitBelow(bonus).map(limit -> net(limit, taxOf(limit)).subtract(net(bonus, tax)))
			.filter(gain -> gain.signum() > 0);
	}

	/** The highest bracket limit (as an annual bonus: monthly limit × 12) strictly below the bonus. */
	private static Optional<BigDecimal> limitBelow(BigDecimal bonus) {
		return TaxTable.MONTHLY.brackets()
			.stream()
			.map(TaxTable.Bracket::upTo)
			.filter(upTo -> upTo != null)
			.map(upTo -> upTo.multiply(MONTHS))
			.filter(limit -> limit.compareTo(bonus) < 0)
			.reduce((lower, higher) -> higher);
	}

	private static BigDecimal taxOf(BigDecimal bonus) {
		return TaxTable.MONTHLY.bracketOf(bonus, MONTHS).taxOf(bonus);
	}

	private static BigDecimal net(BigDecimal bonus, BigDecimal tax) {
		return bonus.subtract(tax);
	}
}
