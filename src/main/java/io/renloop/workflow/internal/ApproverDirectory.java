package io.renloop.workflow.internal;

import io.renloop.employee.Employees;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.UserView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the people of a tenant who approve: the user accounts of managers up the hierarchy, and the holders of a
 * role. Reads the whole tenant as its system actor, because the requester's data scope must not narrow who
 * approves. Employee and org reads run in a transaction of their own: a timer job's transaction began before the
 * tenant was known, and its persistence context would see no tenant's rows.
 */
@Component
class ApproverDirectory {

	private final TenantAdministration administration;

	private final Employees employees;

	private final Organization organization;

	private final TransactionTemplate ownReads;

	ApproverDirectory(TenantAdministration administration, Employees employees, Organization organization,
			PlatformTransactionManager transactions) {
		this.administration = administration;
		this.employees = employees;
		this.organization = organization;
		this.ownReads = new TransactionTemplate(transactions);
		this.ownReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownReads.setReadOnly(true);
	}

	/**
	 * The manager employees from level 1 to the given level; an element is null where a level has nobody.
	 * Starts at the employee's manager when an employee is given, else at the department's head.
	 */
	List<UUID> managerEmployees(String tenantId, UUID employeeId, UUID departmentId, int levels) {
		return SystemActor.callAs(tenantId, () -> ownReads.execute(status -> {
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
		}));
	}

	/** The user account of an employee, if they have one. */
	Optional<UUID> userOfEmployee(String tenantId, UUID employeeId) {
		if (employeeId == null) {
			return Optional.empty();
		}
		return users(tenantId).stream().filter(u -> employeeId.equals(u.employeeId())).map(UserView::id).findFirst();
	}

	/** The user account of the manager of the user's employee record, if any. */
	Optional<UUID> managerOfUser(String tenantId, UUID userId) {
		return users(tenantId).stream()
			.filter(u -> u.id().equals(userId))
			.map(UserView::employeeId)
			.filter(Objects::nonNull)
			.findFirst()
			.map(employee -> SystemActor.callAs(tenantId, () -> ownReads.execute(status -> managerOf(employee))))
			.flatMap(manager -> userOfEmployee(tenantId, manager));
	}

	List<UUID> holdersOf(String tenantId, Role role) {
		return users(tenantId).stream().filter(u -> !u.locked() && u.roles().contains(role)).map(UserView::id).toList();
	}

	Optional<UserView> user(String tenantId, UUID userId) {
		return users(tenantId).stream().filter(u -> u.id().equals(userId)).findFirst();
	}

	private List<UserView> users(String tenantId) {
		return SystemActor.callAs(tenantId, () -> ownReads.execute(status -> administration.users()));
	}

	private UUID managerOf(UUID employeeId) {
		try {
			return employees.get(employeeId).managerId();
		}
		catch (NotFoundException unknown) {
			return null;
		}
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
