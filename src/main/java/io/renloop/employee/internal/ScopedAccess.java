package io.renloop.employee.internal;

import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Turns the caller's data scope into a query restriction, so lists, totals and single reads see the same
 * employees: self, own department, department subtree or the whole tenant. Both as a JPA restriction and as
 * SQL for the list, which is read without entities.
 */
@Component
class ScopedAccess {

	private final Organization organization;

	ScopedAccess(Organization organization) {
		this.organization = organization;
	}

	Specification<Employee> restriction() {
		Reach reach = reach();
		if (reach.wholeTenant()) {
			return (root, query, cb) -> cb.conjunction();
		}
		if (reach.departments().isEmpty()) {
			return reach.self() == null ? (root, query, cb) -> cb.disjunction()
					: (root, query, cb) -> cb.equal(root.get("id"), reach.self());
		}
		return (root, query, cb) -> reach.self() == null ? root.get("departmentId").in(reach.departments())
				: cb.or(root.get("departmentId").in(reach.departments()), cb.equal(root.get("id"), reach.self()));
	}

	/** Adds the same restriction over the employee table aliased {@code e}. */
	void restrict(SqlWhere where) {
		Reach reach = reach();
		if (reach.wholeTenant()) {
			return;
		}
		if (reach.departments().isEmpty()) {
			if (reach.self() == null) {
				where.and("false");
			}
			else {
				where.and("e.id = ?", reach.self());
			}
			return;
		}
		UUID[] departments = reach.departments().toArray(UUID[]::new);
		if (reach.self() == null) {
			where.and("e.department_id = any(?)", (Object) departments);
		}
		else {
			where.and("(e.department_id = any(?) or e.id = ?)", departments, reach.self());
		}
	}

	private Reach reach() {
		CurrentUser user = CurrentUser.find().orElse(null);
		if (user == null) {
			return new Reach(false, Set.of(), null);
		}
		DataScope scope = user.dataScope();
		if (scope == DataScope.TENANT) {
			return new Reach(true, Set.of(), null);
		}
		if (scope == DataScope.SELF || user.departmentId() == null) {
			return new Reach(false, Set.of(), user.employeeId());
		}
		Set<UUID> departments = scope == DataScope.DEPARTMENT ? Set.of(user.departmentId())
				: organization.subtreeIds(user.departmentId());
		return new Reach(false, departments, user.employeeId());
	}

	/** Whom a caller sees: the whole tenant, or the employees of some departments and themselves. */
	private record Reach(boolean wholeTenant, Set<UUID> departments, UUID self) {
	}
}
