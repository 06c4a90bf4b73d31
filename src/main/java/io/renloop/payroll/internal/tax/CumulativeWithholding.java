package io.renloop.payroll.internal.tax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cumulative withholding method for wages and salaries (SAT announcement 2018 No. 61): each month the employer
 * taxes the year's cumulative taxable income with the annual table and withholds the difference to what it has
 * already withheld this year. Months count from the first month employed here in the year, so a mid-year hire
 * gets the 5,000 basic deduction only for the months employed; a leaver simply has no further months.
 */
public final class CumulativeWithholding {

	/** The basic deduction (起征点) of a month. */
	public static final BigDecimal MONTHLY_BASIC_DEDUCTION = new BigDecimal("5000.00");

	private CumulativeWithholding() {
	}

	/**
	 * The withholding of the month after {@code before}.
	 * @throws IllegalArgumentException for a negative amount, a fraction of a fen, or a thirteenth month
	 */
	public static MonthlyWithholding next(TaxYearToDate before, MonthlyTaxInput month) {
		if (before.months() >= 12) {
			throw new IllegalArgumentException("A tax year has twelve months");
		}
		TaxYearToDate sums = new TaxYearToDate(before.months() + 1,
				before.income().add(Yuan.exact("income", month.income())),
				before.basicDeduction().add(MONTHLY_BASIC_DEDUCTION),
				before.socialInsurance().add(Yuan.exact("socialInsurance", month.socialInsurance())),
				before.specialAdditional()
					.add(Yuan.exact("specialAdditionalDeductions", month.specialAdditionalDeductions())),
				before.other().add(Yuan.exact("otherDeductions", month.otherDeductions())), before.tax());
		BigDecimal taxable = Yuan.notNegative(sums.income().subtract(sums.deductions()));
		TaxTable.Bracket bracket = TaxTable.ANNUAL.bracketOf(taxable);
		BigDecimal cumulativeTax = bracket.taxOf(taxable);
		// no refund within the year: a month whose cumulative tax falls below what was withheld withholds nothing,
		// and the excess stays withheld (settled in the annual reconciliation)
		BigDecimal withheld = Yuan.notNegative(cumulativeTax.subtract(before.tax()));
		TaxYearToDate after = new TaxYearToDate(sums.months(), sums.income(), sums.basicDeduction(),
				sums.socialInsurance(), sums.specialAdditional(), sums.other(), before.tax().add(withheld));
		return new MonthlyWithholding(after, sums.income(), taxable, bracket.rate(), bracket.quickDeduction(),
				cumulativeTax, withheld);
	}

	/**
	 * The withholdings of consecutive months after {@code before}, each month starting from the previous one's
	 * {@link MonthlyWithholding#yearToDate}.
	 * @throws IllegalArgumentException as {@link #next}, e.g. for more months than the year has left
	 */
	public static List<MonthlyWithholding> months(TaxYearToDate before, List<MonthlyTaxInput> months) {
		List<MonthlyWithholding> withholdings = new ArrayList<>(months.size());
		TaxYearToDate sums = before;
		for (MonthlyTaxInput month : months) {
			MonthlyWithholding withholding = next(sums, month);
			withholdings.add(withholding);
			sums = withholding.yearToDate();
		}
		return List.copyOf(withholdings);
	}
}
