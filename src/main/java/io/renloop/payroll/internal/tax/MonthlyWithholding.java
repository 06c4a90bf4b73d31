package io.renloop.payroll.internal.tax;

import java.math.BigDecimal;

/**
 * The income tax to withhold in one month by the cumulative method, with the figures that explain it on a payslip.
 *
 * @param yearToDate the running sums after this month, the {@code before} of the next month
 * @param cumulativeIncome income of the year at this employer including this month
 * @param cumulativeTaxableIncome cumulative income less every cumulative deduction, at least zero
 * @param rate the rate of the annual table's bracket, e.g. 0.03
 * @param quickDeduction the bracket's quick deduction
 * @param cumulativeTax cumulativeTaxableIncome × rate − quickDeduction, to the fen
 * @param withheld this month's tax: cumulativeTax less the tax withheld before, never negative
 */
public record MonthlyWithholding(TaxYearToDate yearToDate, BigDecimal cumulativeIncome,
		BigDecimal cumulativeTaxableIncome, BigDecimal rate, BigDecimal quickDeduction, BigDecimal cumulativeTax,
		BigDecimal withheld) {
}
