package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeDirectory.Employment;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.NotFoundException;
import io.renloop.shared.PageView;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The caller's data scope over employees, read through the employee module (which enforces it): a single record
 * outside the scope is not found, and lists are narrowed to the ids the caller may see.
 */
@Component
class VisibleEmployees {

	private static final int PAGE = 200;

	private final Employees employees;

	private final EmployeeDirectory directory;

	VisibleEmployees(Employees employees, EmployeeDirectory directory) {
		this.employees = employees;
		this.directory = directory;
	}

	/** The employee if the caller may see them; 404 otherwise. */
	EmployeeDetails get(UUID employeeId) {
		return employees.get(employeeId);
	}

	/** The caller's own employee record; 404 for a login without one. */
	EmployeeDetails me() {
		UUID self = CurrentUser.require().employeeId();
		if (self == null) {
			throw new NotFoundException("Employee", "me");
		}
		return employees.get(self);
	}

	/**
	 * The number, unit and employment dates of the caller's own record, in one light read (the caller always sees
	 * themselves); 404 for a login without one.
	 */
	Employment myEmployment() {
		UUID self = CurrentUser.require().employeeId();
		return Optional.ofNullable(self)
			.flatMap(directory::employment)
			.orElseThrow(() -> new NotFoundException("Employee", "me"));
	}

	/** What leave needs of an employee the caller may see, read lightly after the scope check; 404 otherwise. */
	Employment employmentOf(UUID employeeId) {
		return BalanceLedger.employment(employees.get(employeeId));
	}

	/** The ids the caller may see, or empty for the whole tenant. */
	Optional<Set<UUID>> ids() {
		CurrentUser user = CurrentUser.require();
		if (user.dataScope() == DataScope.TENANT) {
			return Optional.empty();
		}
		if (user.dataScope() == DataScope.SELF) {
			return Optional.of(user.employeeId() == null ? Set.of() : Set.of(user.employeeId()));
		}
		return Optional.of(names().keySet());
	}

	/** Names of the employees the caller may see, by id. */
	Map<UUID, String> names() {
		Map<UUID, String> names = new HashMap<>();
		int page = 0;
		PageView<EmployeeSummary> found;
		do {
			found = employees.search(new EmployeeQuery(null, null, null, page++, PAGE));
			found.content().forEach(e -> names.put(e.id(), e.name()));
		}
		while (found.content().size() == PAGE);
		return names;
	}

	/** Names of the given employees that the caller may see. */
	Map<UUID, String> namesOf(Set<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		for (UUID id : new HashSet<>(ids)) {
			try {
				names.put(id, employees.get(id).name());
			}
			catch (NotFoundException outOfScope) {
				// listed by id only: someone the caller may not see
			}
		}
		return names;
	}
}
