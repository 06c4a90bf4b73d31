package io.renloop.payroll.internal.run;

import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a published correction of an earlier month changes for one employee, paid with a later month: its lines
 * ({@code DIFF_<code>}), the differences of the tax year to date, and of gross pay and the employer's cost.
 *
 * @param yearToDate the differences of the tax year to date; its {@code tax} is the tax the difference lines withhold
 */
public record CarriedDifference(String period, List<PayLine> lines, TaxYearToDate yearToDate, BigDecimal gross,
		BigDecimal employerCost) {
}
