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
 * employees: self, own department, department subtree or the whole tenant.
 */
@Component
class ScopedAccess {

	private final Organization organization;

	ScopedAccess(Organization organization) {
		this.organization = organization;
	}

	Specification<Employee> restriction() {
		return CurrentUser.find().map(this::restrictionFor).orElse((root, query, cb) -> cb.disjunction());
	}

	private Specification<Employee> restrictionFor(CurrentUser user) {
		DataScope scope = user.dataScope();
		if (scope == DataScope.TENANT) {
			return (root, query, cb) -> cb.conjunction();
		}
		if (scope == DataScope.SELF || user.departmentId() == null) {
			UUID self = user.employeeId();
			return self == null ? (root, query, cb) -> cb.disjunction()
					: (root, query, cb) -> cb.equal(root.get("id"), self);
		}
		Set<UUID> departments = scope == DataScope.DEPARTMENT ? Set.of(user.departmentId())
				: organization.subtreeIds(user.departmentId());
		UUID self = user.employeeId();
		return (root, query, cb) -> self == null ? root.get("departmentId").in(departments)
				: cb.or(root.get("departmentId").in(departments), cb.equal(root.get("id"), self));
	}
}
