package io.renloop.payroll.internal.run;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.payroll.internal.input.AttendanceInputs;
import io.renloop.payroll.internal.input.AttendanceInputs.MonthFigures;
import io.renloop.payroll.internal.input.Declarations;
import io.renloop.payroll.internal.input.InputStore;
import io.renloop.payroll.internal.input.OpeningBalanceStore;
import io.renloop.payroll.internal.input.PerformanceGrade;
import io.renloop.payroll.internal.input.PerformanceGrades;
import io.renloop.payroll.internal.region.RegionRules;
import io.renloop.payroll.internal.sickpay.SickPayStore;
import io.renloop.payroll.internal.structure.StructureRow;
import io.renloop.payroll.internal.structure.StructureStore;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Reads everything a run needs in a few bulk queries — the month's employees of the pay group with their structures,
 * attendance, inputs, declarations and tax year to date — so calculating 100,000 employees costs no query per
 * employee.
 */
@Component
class RunInputs {

	private final EmployeeDirectory directory;

	private final StructureStore structures;

	private final AttendanceInputs attendance;

	private final InputStore inputs;

	private final Declarations declarations;

	private final PayslipStore payslips;

	private final RegionRules regions;

	private final RunItems items;

	private final PerformanceGrades performance;

	private final SickPayStore sickPay;

	private final OpeningBalanceStore openingBalances;

	RunInputs(EmployeeDirectory directory, StructureStore structures, AttendanceInputs attendance, InputStore inputs,
			Declarations declarations, PayslipStore payslips, RegionRules regions, RunItems items,
			PerformanceGrades performance, SickPayStore sickPay, OpeningBalanceStore openingBalances) {
		this.openingBalances = openingBalances;
		this.performance = performance;
		this.sickPay = sickPay;
		this.directory = directory;
		this.structures = structures;
		this.attendance = attendance;
		this.inputs = inputs;
		this.declarations = declarations;
		this.payslips = payslips;
		this.regions = regions;
		this.items = items;
	}

	/** How many employees the run calculates: employed in the month and in the pay group at its end. */
	int count(String tenantId, RunRow run) {
		YearMonth period = YearMonth.parse(run.period());
		java.util.Set<java.util.UUID> members = structures.membersOn(tenantId, period.atEndOfMonth(), run.payGroupId());
		return (int) directory.employedBetween(period.atDay(1), period.atEndOfMonth())
			.stream()
			.filter(entry -> members.contains(entry.id()))
			.count();
	}

	/** The run's calculator and its employees, ordered by id (the order chunks are resumed in). */
	Prepared prepare(String tenantId, RunRow run) {
		YearMonth period = YearMonth.parse(run.period());
		LocalDate first = period.atDay(1);
		LocalDate last = period.atEndOfMonth();
		Map<java.util.UUID, StructureRow> inForce = structures.inForce(tenantId, last);
		Map<java.util.UUID, MonthFigures> figures = attendance.month(tenantId, run.period());
		Map<java.util.UUID, Map<String, BigDecimal>> oneOff = inputs.month(tenantId, run.period());
		Map<java.util.UUID, BigDecimal> declared = declarations.monthlyTotals(tenantId, period.getYear());
		Map<java.util.UUID, TaxYearToDate> before = payslips.yearToDate(tenantId, run.period());
		// the year begun in the tenant's earlier system, until a month of it is published here
		Map<java.util.UUID, TaxYearToDate> opening = openingBalances.before(tenantId, run.period());
		Map<java.util.UUID, PerformanceGrade> grades = performance.month(tenantId, run.period());
		Map<java.util.UUID, List<CarriedDifference>> carried = payslips.carried(tenantId, run.period());
		List<EmployeePay> employees = directory.employedBetween(first, last).stream().map(entry -> {
			StructureRow structure = inForce.get(entry.id());
			if (structure == null || !structure.payGroupId().equals(run.payGroupId())) {
				return null;
			}
			LocalDate from = entry.hireDate().isAfter(first) ? entry.hireDate() : first;
			LocalDate to = entry.terminationDate() != null && entry.terminationDate().isBefore(last)
					? entry.terminationDate() : last;
			return new EmployeePay(entry.id(), entry.departmentId(), structure, from, to, figures.get(entry.id()),
					oneOff.getOrDefault(entry.id(), Map.of()), declared.getOrDefault(entry.id(), BigDecimal.ZERO),
					before.getOrDefault(entry.id(), opening.getOrDefault(entry.id(), TaxYearToDate.NONE)),
					grades.get(entry.id()),
					carried.getOrDefault(entry.id(), List.of()), entry.hireDate());
		}).filter(Objects::nonNull).toList();
		PayCalculator calculator = new PayCalculator(period, regions.effectiveAll(tenantId, last),
				items.inForce(tenantId, last), sickPay.of(tenantId));
		// a correction recalculates the month as the regular run did, then keeps only what differs from it
		return new Prepared(calculator, employees, run.period(),
				run.correction() ? payslips.publishedVersions(tenantId, run.correctsRunId()) : null);
	}

	/**
	 * A run ready to calculate.
	 *
	 * @param published for a correction run, each employee's month as published so far; null for a regular run
	 */
	record Prepared(PayCalculator calculator, List<EmployeePay> employees, String period,
			Map<java.util.UUID, CorrectionDifferences.Published> published) {

		/** The employee's result: the month, or for a correction what it changes (null when nothing). */
		PayResult calculate(EmployeePay employee) {
			PayResult month = calculator.calculate(employee);
			return published == null ? month
					: CorrectionDifferences.between(period, published.get(employee.employeeId()), month);
		}
	}
}
