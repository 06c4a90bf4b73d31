package io.renloop.payroll.internal.tax;

import java.math.BigDecimal;

/**
 * One month's figures of the cumulative withholding, in yuan with at most two decimals, none negative.
 *
 * @param income the month's taxable wages and salaries (gross pay less tax-exempt items)
 * @param socialInsurance the employee's share of social insurance and housing fund (special deductions)
 * @param specialAdditionalDeductions the month's special additional deductions the employee declared
 * @param otherDeductions other deductions allowed by law
 */
public record MonthlyTaxInput(BigDecimal income, BigDecimal socialInsurance, BigDecimal specialAdditionalDeductions,
		BigDecimal otherDeductions) {

	/**
	 * This month with an annual one-time bonus taxed by the "merged" method: the bonus is simply part of the
	 * month's income in the cumulative withholding (from 2028 the only method; until the end of 2027 the employee
	 * may choose it instead of {@link AnnualBonusTax#separately}, Caishui 2023 No. 30). Compare both with
	 * {@link CumulativeWithholding#next} and {@link AnnualBonusTax#separately}: neither is always cheaper.
	 */
	public MonthlyTaxInput withBonusMerged(BigDecimal bonus) {
		return new MonthlyTaxInput(income.add(Yuan.exact("bonus", bonus)), socialInsurance,
				specialAdditionalDeductions, otherDeductions);
	}
}
