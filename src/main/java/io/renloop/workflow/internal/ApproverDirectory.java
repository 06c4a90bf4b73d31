package io.renloop.workflow.internal;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.UserView;
import io.renloop.platform.TenantTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds the people of a tenant who approve: the user accounts of managers up the hierarchy, and the holders of a
 * role. Reads the whole tenant as its system actor, because the requester's data scope must not narrow who
 * approves. Reads go through {@link TenantTransactions#read}: a request's transaction is reused (a second pooled
 * connection per approval start deadlocks the pool under load), a timer job's, begun before the tenant was known,
 * is not.
 */
@Component
class ApproverDirectory {

	private final TenantAdministration administration;

	private final EmployeeDirectory employees;

	private final Organization organization;

	private final TenantTransactions inTenant;

	ApproverDirectory(TenantAdministration administration, EmployeeDirectory employees, Organization organization,
			TenantTransactions inTenant) {
		this.administration = administration;
		this.employees = employees;
		this.organization = organization;
		this.inTenant = inTenant;
	}

	/**
	 * The manager employees from level 1 to the given level; an element is null where a level has nobody.
	 * Starts at the employee's manager when an employee is given, else at the department's head.
	 */
	List<UUID> managerEmployees(String tenantId, UUID employeeId, UUID departmentId, int levels) {
		return inTenant.read(tenantId, () -> {
			List<UUID> chain = new ArrayList<>();
			if (employeeId != null) {
				UUID current = employeeId;
				for (int level = 0; level < levels; level++) {
					current = current == null ? null : managerOf(current);
					chain.add(current);
				}
				return chain;
			}
			UUID department = departmentId;
			for (int level = 0; level < levels; level++) {
				Optional<DepartmentView> view = department == null ? Optional.empty() : departmentView(department);
				chain.add(view.map(DepartmentView::managerId).orElse(null));
				department = view.map(DepartmentView::parentId).orElse(null);
			}
			return chain;
		});
	}

	/** The user account of an employee, if they have one. */
	Optional<UUID> userOfEmployee(String tenantId, UUID employeeId) {
		if (employeeId == null) {
			return Optional.empty();
		}
		return inTenant.read(tenantId, () -> administration.userOfEmployee(employeeId));
	}

	/** The user account of the manager of the user's employee record, if any. */
	Optional<UUID> managerOfUser(String tenantId, UUID userId) {
		return user(tenantId, userId).map(UserView::employeeId)
			.filter(Objects::nonNull)
			.map(employee -> inTenant.read(tenantId, () -> managerOf(employee)))
			.flatMap(manager -> userOfEmployee(tenantId, manager));
	}

	List<UUID> holdersOf(String tenantId, Role role) {
		return inTenant.read(tenantId, () -> administration.holdersOf(role));
	}

	Optional<UserView> user(String tenantId, UUID userId) {
		return users(tenantId).stream().filter(u -> u.id().equals(userId)).findFirst();
	}

	private List<UserView> users(String tenantId) {
		return inTenant.read(tenantId, administration::users);
	}

	private UUID managerOf(UUID employeeId) {
		return employees.managerOf(employeeId).orElse(null);
	}

	private Optional<DepartmentView> departmentView(UUID departmentId) {
		try {
			return Optional.of(organization.department(departmentId));
		}
		catch (NotFoundException unknown) {
			return Optional.empty();
		}
	}
}
