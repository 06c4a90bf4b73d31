package io.renloop.payroll.internal.tax;

import java.math.BigDecimal;
import java.util.List;

/**
 * A progressive table of the individual income tax: the tax of an amount is amount × rate − quick deduction of the
 * first bracket the amount falls into (upper limits inclusive).
 */
final class TaxTable {

	/** The comprehensive income table on cumulative (annual) taxable income, for the cumulative withholding. */
	static final TaxTable ANNUAL = new TaxTable(List.of(bracket("36000", "0.03", "0"),
			bracket("144000", "0.10", "2520"), bracket("300000", "0.20", "16920"), bracket("420000", "0.25", "31920"),
			bracket("660000", "0.30", "52920"), bracket("960000", "0.35", "85920"), bracket(null, "0.45", "181920")));

	/** The monthly table (Caishui [2018] 164, annex), which taxes an annual bonus by one twelfth of it. */
	static final TaxTable MONTHLY = new TaxTable(List.of(bracket("3000", "0.03", "0"), bracket("12000", "0.10", "210"),
			bracket("25000", "0.20", "1410"), bracket("35000", "0.25", "2660"), bracket("55000", "0.30", "4410"),
			bracket("80000", "0.35", "7160"), bracket(null, "0.45", "15160")));

	private final List<Bracket> brackets;

	private TaxTable(List<Bracket> brackets) {
		this.brackets = brackets;
	}

	/** The bracket of an amount. */
	Bracket bracketOf(BigDecimal amount) {
		return bracketOf(amount, BigDecimal.ONE);
	}

	/**
	 * The bracket of {@code amount ÷ periods}, found by comparing the amount with each limit × periods: dividing
	 * first would have to round, and 36,000.01 ÷ 12 rounded to the fen is 3,000.00, the wrong bracket.
	 */
	Bracket bracketOf(BigDecimal amount, BigDecimal periods) {
		return brackets.stream()
			.filter(bracket -> bracket.upTo() == null || amount.compareTo(bracket.upTo().multiply(periods)) <= 0)
			.findFirst()
			.orElseThrow();
	}

	/** The brackets, lowest first. */
	List<Bracket> brackets() {
		return brackets;
	}

	private static Bracket bracket(String upTo, String rate, String quickDeduction) {
		return new Bracket(upTo == null ? null : new BigDecimal(upTo).setScale(2), new BigDecimal(rate),
				new BigDecimal(quickDeduction).setScale(2));
	}

	/**
	 * @param upTo the bracket's inclusive upper limit; null for the top bracket
	 * @param rate e.g. 0.03
	 * @param quickDeduction what amount × rate overstates against taxing each slice at its own rate
	 */
	record Bracket(BigDecimal upTo, BigDecimal rate, BigDecimal quickDeduction) {

		/** amount × rate − quick deduction, to the fen (half up). */
		BigDecimal taxOf(BigDecimal amount) {
			return Yuan.fen(amount.multiply(rate).subtract(quickDeduction));
		}
	}
}
