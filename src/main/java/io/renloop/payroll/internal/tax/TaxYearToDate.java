package io.renloop.payroll.internal.tax;

import java.math.BigDecimal;

/**
 * What one employer has counted for one employee in the current tax year, after the last withheld month: the
 * running sums of the cumulative withholding method (SAT announcement 2018 No. 61). A new employer, or a new
 * year, starts from {@link #NONE}.
 *
 * @param months months employed at this employer this year so far (each adds the 5,000 basic deduction)
 * @param income cumulative income
 * @param basicDeduction cumulative basic deduction: months × 5,000
 * @param socialInsurance cumulative special deductions: the employee's social insurance and housing fund
 * @param specialAdditional cumulative special additional deductions (children, elderly, housing, education…)
 * @param other cumulative other deductions allowed by law (e.g. commercial health insurance, private pension)
 * @param tax tax withheld this year so far: the sum of the months' withheld amounts
 */
public record TaxYearToDate(int months, BigDecimal income, BigDecimal basicDeduction, BigDecimal socialInsurance,
		BigDecimal specialAdditional, BigDecimal other, BigDecimal tax) {

	/** Nothing counted yet: the first month at an employer in a year. */
	public static final TaxYearToDate NONE = new TaxYearToDate(0, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO,
			Yuan.ZERO, Yuan.ZERO);

	/** These sums with another's added, field by field: a correction's differences, an opening balance. */
	public TaxYearToDate plus(TaxYearToDate other) {
		return new TaxYearToDate(months + other.months, income.add(other.income),
				basicDeduction.add(other.basicDeduction), socialInsurance.add(other.socialInsurance),
				specialAdditional.add(other.specialAdditional), this.other.add(other.other), tax.add(other.tax));
	}

	/** What these sums exceed another's by, field by field. */
	public TaxYearToDate minus(TaxYearToDate other) {
		return new TaxYearToDate(months - other.months, income.subtract(other.income),
				basicDeduction.subtract(other.basicDeduction), socialInsurance.subtract(other.socialInsurance),
				specialAdditional.subtract(other.specialAdditional), this.other.subtract(other.other),
				tax.subtract(other.tax));
	}

	/** Everything deducted from the cumulative income before the tax table applies. */
	public BigDecimal deductions() {
		return basicDeduction.add(socialInsurance).add(specialAdditional).add(other);
	}
}
