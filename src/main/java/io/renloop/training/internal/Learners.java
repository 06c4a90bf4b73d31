package io.renloop.training.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.NotFoundException;
import io.renloop.shared.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The employees who learn, within the caller's data scope, read through the employee module (which enforces it):
 * one record outside the scope is not found, and lists are narrowed to the employees the caller may see.
 */
@Component
public class Learners {

	private static final int PAGE = 500;

	private final Employees employees;

	Learners(Employees employees) {
		this.employees = employees;
	}

	/** The employee if the caller may see them; 404 otherwise. */
	public EmployeeDetails get(UUID employeeId) {
		return employees.get(employeeId);
	}

	/** The caller's own employee record; 404 for a login without one. */
	public EmployeeDetails me() {
		return employees.get(myId());
	}

	public UUID myId() {
		UUID self = CurrentUser.require().employeeId();
		if (self == null) {
			throw new NotFoundException("Employee", "me");
		}
		return self;
	}

	/** The ids the caller may see, or empty for the whole tenant. */
	public Optional<Set<UUID>> ids() {
		CurrentUser user = CurrentUser.require();
		if (user.dataScope() == DataScope.TENANT) {
			return Optional.empty();
		}
		if (user.dataScope() == DataScope.SELF) {
			return Optional.of(user.employeeId() == null ? Set.of() : Set.of(user.employeeId()));
		}
		return Optional.of(inDepartment(null).stream().map(EmployeeSummary::id).collect(Collectors.toSet()));
	}

	/** The employees of the department and its units below (all when null) that the caller may see, not left. */
	public List<EmployeeSummary> inDepartment(UUID departmentId) {
		List<EmployeeSummary> found = new ArrayList<>();
		int page = 0;
		PageView<EmployeeSummary> batch;
		do {
			batch = employees.search(new EmployeeQuery(null, departmentId, null, page++, PAGE));
			batch.content().stream().filter(e -> e.status() != EmployeeStatus.TERMINATED).forEach(found::add);
		}
		while (batch.content().size() == PAGE);
		return found;
	}
}
