package io.renloop.payroll.internal.run;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.Employees;
import io.renloop.payroll.internal.input.AttendanceInputs;
import io.renloop.payroll.internal.input.InputStore;
import io.renloop.payroll.internal.region.RegionRules;
import io.renloop.payroll.internal.structure.StructureRow;
import io.renloop.payroll.internal.structure.StructureStore;
import io.renloop.payroll.internal.tax.TaxYearToDate;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One employee's month as a run would see it — structure in force, attendance figures, inputs — for trying a
 * formula on a real person before saving it. Within the caller's data scope (404 outside it).
 */
@Component
public class EmployeeMonth {

	private final Employees employees;

	private final StructureStore structures;

	private final AttendanceInputs attendance;

	private final InputStore inputs;

	private final RegionRules regions;

	private final RunItems items;

	EmployeeMonth(Employees employees, StructureStore structures, AttendanceInputs attendance, InputStore inputs,
			RegionRules regions, RunItems items) {
		this.employees = employees;
		this.structures = structures;
		this.attendance = attendance;
		this.inputs = inputs;
		this.regions = regions;
		this.items = items;
	}

	/** The values a formula reads for the employee in the month; 409 without a pay structure then. */
	@Transactional
	public Map<String, BigDecimal> variables(UUID employeeId, YearMonth period) {
		EmployeeDetails employee = employees.get(employeeId);
		String tenantId = TenantContext.require();
		LocalDate first = period.atDay(1);
		LocalDate last = period.atEndOfMonth();
		StructureRow structure = structures.history(tenantId, employeeId)
			.stream()
			.filter(row -> !row.effectiveFrom().isAfter(last))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("payroll.preview.noStructure", period.toString()));
		LocalDate from = employee.hireDate() != null && employee.hireDate().isAfter(first) ? employee.hireDate() : first;
		EmployeePay pay = new EmployeePay(employeeId, employee.departmentId(), structure, from, last,
				attendance.month(tenantId, period.toString()).get(employeeId),
				inputs.month(tenantId, period.toString()).getOrDefault(employeeId, Map.of()), BigDecimal.ZERO,
				TaxYearToDate.NONE, null);
		return new PayCalculator(period, regions.effectiveAll(tenantId, last), items.inForce(tenantId, last))
			.variablesOf(pay);
	}
}
