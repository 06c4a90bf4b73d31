package io.renloop.payroll.internal.run;

import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between a month as published and the same month recalculated now (补发/补扣): per line code the
 * amount it changes by, explained with both amounts, and the difference of every total and of the tax year to date.
 * Tax the recalculation wants less of is not paid back within the year (cumulative withholding never refunds): its
 * line is informational and the later months simply withhold less. Pure.
 */
final class CorrectionDifferences {

	static final String PREFIX = "DIFF_";

	/** The code and kind of the cumulative withholding's line. */
	private static final String TAX = "TAX";

	private CorrectionDifferences() {
	}

	/** The differences of {@code now} against what was published ({@code before}, null when nothing was); null when none. */
	static PayResult between(String period, Published before, PayResult now) {
		Published then = before == null ? new Published() : before;
		Map<String, PayLine> current = byCode(now.lines());
		List<PayLine> lines = new ArrayList<>();
		BigDecimal withheld = BigDecimal.ZERO;
		BigDecimal cumulativeTax = Yuan.ZERO;
		BigDecimal credited = BigDecimal.ZERO;
		List<String> codes = new ArrayList<>(current.keySet());
		then.lines.keySet().stream().filter(code -> !current.containsKey(code)).forEach(codes::add);
		for (String code : codes) {
			PayLine newLine = current.get(code);
			PayLine oldLine = then.lines.get(code);
			PayLine any = newLine != null ? newLine : oldLine;
			if ("INFO".equals(any.kind()) || (oldLine != null && oldLine.kind().equals("INFO"))) {
				continue;
			}
			BigDecimal newAmount = newLine == null ? Yuan.ZERO : newLine.amount();
			BigDecimal oldAmount = oldLine == null ? Yuan.ZERO : oldLine.amount();
			BigDecimal difference = Yuan.of(newAmount.subtract(oldAmount));
			if (difference.signum() == 0) {
				continue;
			}
			boolean cumulative = TAX.equals(code);
			boolean refund = cumulative && difference.signum() < 0;
			if (refund) {
				credited = credited.add(difference);
			}
			else if (TAX.equals(any.kind())) {
				withheld = withheld.add(difference);
				cumulativeTax = cumulative ? difference : cumulativeTax;
			}
			lines.add(new PayLine(PREFIX + code, refund ? "INFO" : any.kind(), difference, any.nameZh(), any.nameEn(),
					refund ? "payroll.explain.taxCredited" : "payroll.explain.difference",
					List.of(period, Yuan.text(oldAmount), Yuan.text(newAmount), signed(difference)), null, null));
		}
		if (lines.isEmpty()) {
			return null;
		}
		TaxYearToDate change = now.yearToDate().minus(then.yearToDate);
		// the year to date goes on as if the difference lines had been withheld in the month: the positive ones are
		TaxYearToDate yearToDate = new TaxYearToDate(change.months(), change.income(), change.basicDeduction(),
				change.socialInsurance(), change.specialAdditional(), change.other(), cumulativeTax);
		BigDecimal gross = now.gross().subtract(then.gross);
		BigDecimal net = now.net().subtract(then.net).add(credited);
		return new PayResult(now.employeeId(), now.departmentId(), gross, net, withheld,
				now.socialInsurance().subtract(then.socialInsurance), now.employerCost().subtract(then.employerCost),
				yearToDate, lines);
	}

	private static Map<String, PayLine> byCode(List<PayLine> lines) {
		Map<String, PayLine> byCode = new LinkedHashMap<>();
		lines.forEach(line -> byCode.merge(line.code(), line, (a, b) -> withAmount(a, a.amount().add(b.amount()))));
		return byCode;
	}

	private static PayLine withAmount(PayLine line, BigDecimal amount) {
		return new PayLine(line.code(), line.kind(), amount, line.nameZh(), line.nameEn(), line.key(), line.args(),
				line.formula(), line.values());
	}

	private static String signed(BigDecimal amount) {
		return (amount.signum() > 0 ? "+" : "−") + Yuan.text(amount.abs());
	}

	/**
	 * One employee's month as published so far: the corrected run's result, plus the differences of every
	 * correction of it already published.
	 */
	static final class Published {

		private final Map<String, PayLine> lines = new LinkedHashMap<>();

		private BigDecimal gross = Yuan.ZERO;

		private BigDecimal net = Yuan.ZERO;

		private BigDecimal socialInsurance = Yuan.ZERO;

		private BigDecimal employerCost = Yuan.ZERO;

		private TaxYearToDate yearToDate = TaxYearToDate.NONE;

		/** Adds a published result: the corrected run's, or a correction's differences (lines {@code DIFF_<code>}). */
		Published add(PayResult result) {
			for (PayLine line : result.lines()) {
				String code = line.code().startsWith(PREFIX) ? line.code().substring(PREFIX.length()) : line.code();
				PayLine known = lines.get(code);
				lines.put(code, known == null ? new PayLine(code, line.kind(), line.amount(), line.nameZh(),
						line.nameEn(), null, null, null, null) : withAmount(known, known.amount().add(line.amount())));
			}
			gross = gross.add(result.gross());
			net = net.add(result.net());
			socialInsurance = socialInsurance.add(result.socialInsurance());
			employerCost = employerCost.add(result.employerCost());
			yearToDate = yearToDate.plus(result.yearToDate());
			return this;
		}
	}
}
