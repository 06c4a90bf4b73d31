package io.renloop.integration.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.employee.PersonalData;
import io.renloop.integration.ImportKind;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.JobFamilyView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rows of an export, one value per column of {@link ImportLayout}, references written as codes.
 * Employees come from the module's scoped reads, with personal data masked as the module masks it.
 */
@Component
class ExportRows {

	private final Organization organization;

	private final Employees employees;

	private final EmployeeNumbers numbers;

	ExportRows(Organization organization, Employees employees, EmployeeNumbers numbers) {
		this.organization = organization;
		this.employees = employees;
		this.numbers = numbers;
	}

	List<List<String>> of(ImportKind kind) {
		return switch (kind) {
			case DEPARTMENTS -> departments();
			case POSITIONS -> positions();
			case EMPLOYEES -> employees();
		};
	}

	private List<List<String>> departments() {
		List<DepartmentView> departments = organization.departments();
		Map<UUID, String> codes = departments.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::code));
		return departments.stream()
			.map(d -> row(d.code(), d.name(), codes.get(d.parentId()), d.kind().name()))
			.toList();
	}

	private List<List<String>> positions() {
		Map<UUID, String> families = organization.jobFamilies()
			.stream()
			.collect(Collectors.toMap(JobFamilyView::id, JobFamilyView::code));
		return organization.positions()
			.stream()
			.map(p -> row(p.code(), p.name(), families.get(p.jobFamilyId()), p.grade()))
			.toList();
	}

	private List<List<String>> employees() {
		Map<UUID, String> departments = organization.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::code));
		Map<UUID, String> positions = organization.positions()
			.stream()
			.collect(Collectors.toMap(PositionView::id, PositionView::code));
		List<EmployeeSummary> all = numbers.all();
		Map<UUID, String> employeeNos = new HashMap<>();
		all.forEach(e -> employeeNos.put(e.id(), e.employeeNo()));
		return all.stream().map(summary -> {
			EmployeeDetails e = employees.get(summary.id());
			PersonalData masked = e.personalData();
			return row(e.employeeNo(), e.name(), departments.get(e.departmentId()), positions.get(e.positionId()),
					employeeNos.get(e.managerId()), Objects.toString(e.hireDate(), null), e.status().name(), e.email(),
					e.phone(), masked.idNumber(), masked.bankAccount(), masked.address());
		}).toList();
	}

	private static List<String> row(String... values) {
		return Arrays.asList(values);
	}
}
