package io.renloop.integration.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.Employees;
import io.renloop.employee.PersonalData;
import io.renloop.integration.ImportKind;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.JobFamilyView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.shared.PageView;
import java.util.ArrayList;
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

	private static final int PAGE_SIZE = 500;

	private final Organization organization;

	private final Employees employees;

	ExportRows(Organization organization, Employees employees) {
		this.organization = organization;
		this.employees = employees;
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
		List<EmployeeDetails> all = allEmployees();
		Map<UUID, String> employeeNos = new HashMap<>();
		all.forEach(e -> employeeNos.put(e.id(), e.employeeNo()));
		return all.stream().map(e -> {
			PersonalData masked = e.personalData();
			return row(e.employeeNo(), e.name(), departments.get(e.departmentId()), positions.get(e.positionId()),
					employeeNos.get(e.managerId()), Objects.toString(e.hireDate(), null), e.status().name(), e.email(),
					e.phone(), masked.idNumber(), masked.bankAccount(), masked.address());
		}).toList();
	}

	private List<EmployeeDetails> allEmployees() {
		List<EmployeeDetails> all = new ArrayList<>();
		int page = 0;
		PageView<EmployeeDetails> current;
		do {
			current = employees.searchDetails(new EmployeeQuery(null, null, null, page++, PAGE_SIZE));
			all.addAll(current.content());
		}
		while (page < current.page().totalPages());
		return all;
	}

	private static List<String> row(String... values) {
		return Arrays.asList(values);
	}
}
