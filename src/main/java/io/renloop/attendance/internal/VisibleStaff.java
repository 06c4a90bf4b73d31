package io.renloop.attendance.internal;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.shared.PageView;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The employees whose requests the caller may list, read through the employee module (which enforces the data
 * scope): their own record, their department subtree for managers, the whole tenant for HR.
 */
@Component
public class VisibleStaff {

	private static final int PAGE = 500;

	private final Employees employees;

	VisibleStaff(Employees employees) {
		this.employees = employees;
	}

	/** The ids the caller may see, or empty when the caller sees the whole tenant. */
	public Optional<Set<UUID>> ids() {
		CurrentUser user = CurrentUser.require();
		if (user.dataScope() == DataScope.TENANT) {
			return Optional.empty();
		}
		if (user.dataScope() == DataScope.SELF) {
			return Optional.of(user.employeeId() == null ? Set.of() : Set.of(user.employeeId()));
		}
		Set<UUID> ids = new HashSet<>();
		int page = 0;
		PageView<EmployeeSummary> found;
		do {
			found = employees.search(new EmployeeQuery(null, null, null, page++, PAGE));
			found.content().forEach(e -> ids.add(e.id()));
		}
		while (found.content().size() == PAGE);
		return Optional.of(ids);
	}

	/** The ids as a SQL array parameter: null stands for the whole tenant. */
	public UUID[] asArray() {
		return ids().map(set -> set.toArray(UUID[]::new)).orElse(null);
	}
}
