package io.renloop.payroll.internal.run;

import io.renloop.payroll.internal.input.AttendanceInputs.MonthFigures;
import io.renloop.payroll.internal.input.PerformanceGrade;
import io.renloop.payroll.internal.structure.StructureRow;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything one employee's month is calculated from.
 *
 * @param employedFrom the first day employed in the month (the hire date or the 1st)
 * @param employedTo the last day employed in the month (the last day of employment or the month's end)
 * @param inputs the month's one-off inputs by code
 * @param specialAdditional the monthly special additional deductions declared for the year
 * @param before the tax year to date before this month ({@link TaxYearToDate#NONE} in January or for new hires)
 * @param performance the published performance grade that sets the month's performance factor, or null (factor 1)
 * @param carried the differences of published corrections of earlier months that this month pays
 * @param hireDate the day employment began, for the years of service sick pay depends on
 */
public record EmployeePay(UUID employeeId, UUID departmentId, StructureRow structure, LocalDate employedFrom,
		LocalDate employedTo, MonthFigures attendance, Map<String, BigDecimal> inputs, BigDecimal specialAdditional,
		TaxYearToDate before, PerformanceGrade performance, List<CarriedDifference> carried, LocalDate hireDate) {

	/** A month without corrections of earlier months to pay. */
	public EmployeePay(UUID employeeId, UUID departmentId, StructureRow structure, LocalDate employedFrom,
			LocalDate employedTo, MonthFigures attendance, Map<String, BigDecimal> inputs, BigDecimal specialAdditional,
			TaxYearToDate before, PerformanceGrade performance) {
		this(employeeId, departmentId, structure, employedFrom, employedTo, attendance, inputs, specialAdditional,
				before, performance, List.of(), employedFrom);
	}

	/** Full years of service at the end of the month (0 without a hire date). */
	int serviceYears(LocalDate monthEnd) {
		return hireDate == null || hireDate.isAfter(monthEnd) ? 0 : java.time.Period.between(hireDate, monthEnd).getYears();
	}

	/** The tax year to date the month starts from: the published one plus what corrections paid now change in it. */
	TaxYearToDate beforeWithCorrections() {
		TaxYearToDate sums = before;
		for (CarriedDifference difference : carried) {
			sums = sums.plus(difference.yearToDate());
		}
		return sums;
	}

	/** The factor salary items read as {@code performanceFactor}: the grade's, or 1. */
	public BigDecimal performanceFactor() {
		return performance == null ? BigDecimal.ONE : performance.factor();
	}
}
