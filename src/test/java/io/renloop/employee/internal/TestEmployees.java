package io.renloop.employee.internal;

import io.renloop.employee.EmployeeStatus;
import io.renloop.organization.DepartmentKind;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.PositionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Employee records for the plain tests of the aggregate: no Spring, no database. */
final class TestEmployees {

	static final String TENANT = "demo";

	static final UUID FINANCE = UUID.randomUUID();

	static final UUID IT = UUID.randomUUID();

	static final UUID ACCOUNTANT = UUID.randomUUID();

	static final UUID ENGINEER = UUID.randomUUID();

	static final LocalDate HIRED = LocalDate.of(2025, 1, 6);

	/** Names of the two units and two positions above. */
	static final OrgNames.Snapshot NAMES = new OrgNames.Snapshot(
			Map.of(FINANCE, department(FINANCE, "财务部"), IT, department(IT, "信息部")),
			Map.of(ACCOUNTANT, position(ACCOUNTANT, "会计"), ENGINEER, position(ENGINEER, "工程师")));

	private TestEmployees() {
	}

	/** An accountant in finance, in the given status, with nothing registered yet. */
	static Employee employee(EmployeeStatus status) {
		Employee employee = new Employee(TENANT, "E-0042", HIRED, status);
		employee.assign(FINANCE, ACCOUNTANT, null);
		return employee;
	}

	/** An employee whose last day was {@code lastDay}. */
	static Employee former(LocalDate lastDay) {
		Employee employee = employee(EmployeeStatus.ACTIVE);
		employee.terminate(lastDay, "test");
		return employee;
	}

	/** The last registered event of the type. */
	static <T> T last(Employee employee, Class<T> type) {
		return employee.pendingEvents().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " registered"));
	}

	/** The registered events of the type, oldest first. */
	static <T> List<T> all(Employee employee, Class<T> type) {
		return employee.pendingEvents().stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static DepartmentView department(UUID id, String name) {
		return new DepartmentView(id, null, name, name, DepartmentKind.DEPARTMENT, null, 1, 0);
	}

	private static PositionView position(UUID id, String name) {
		return new PositionView(id, name, name, null, null, null);
	}
}
