package io.renloop.payroll;

import java.math.BigDecimal;

/**
 * An employee's tax year before Renloop, as the earlier payroll system counted it through a month: the sums the
 * cumulative withholding goes on from. Amounts are yuan with at most two decimals.
 *
 * @param throughMonth the last month (1 to 12) the sums include
 * @param months months employed in the year up to then (each with the 5,000 basic deduction); null means every month
 * from January, i.e. {@code throughMonth}
 * @param socialInsurance cumulative special deductions: social insurance and housing fund
 * @param taxPaid income tax withheld in the year through the month
 */
public record TaxOpeningBalance(String employeeNo, Integer throughMonth, Integer months, BigDecimal income,
		BigDecimal socialInsurance, BigDecimal specialAdditionalDeductions, BigDecimal otherDeductions,
		BigDecimal taxPaid) {
}
