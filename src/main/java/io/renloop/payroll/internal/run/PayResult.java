package io.renloop.payroll.internal.run;

import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One employee's calculated month.
 *
 * @param gross pay before contributions and tax (earnings less pre-tax deductions)
 * @param tax income tax withheld this month, the separately taxed bonus included
 * @param socialInsurance the employee's social insurance and housing fund contributions
 * @param employerCost gross plus the employer's contributions
 * @param yearToDate the tax year to date after this month
 */
public record PayResult(UUID employeeId, UUID departmentId, BigDecimal gross, BigDecimal net, BigDecimal tax,
		BigDecimal socialInsurance, BigDecimal employerCost, TaxYearToDate yearToDate, List<PayLine> lines) {
}
