package io.renloop.organization;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The departments a department-scoped user (a manager) is confined to, so that offers, onboarding cases and reviews follow
 * the same data scope as employee records: their department alone, or it and every unit below it.
 */
@Component
public class DepartmentScopes {

	private final Organization organization;

	DepartmentScopes(Organization organization) {
		this.organization = organization;
	}

	/**
	 * @return the departments of a DEPARTMENT or SUBTREE scope; empty for the whole tenant, for the self scope and
	 * for a user who belongs to no department
	 */
	public Optional<Set<UUID>> of(CurrentUser user) {
		if (user.departmentId() == null) {
			return Optional.empty();
		}
		if (user.dataScope() == DataScope.DEPARTMENT) {
			return Optional.of(Set.of(user.departmentId()));
		}
		if (user.dataScope() == DataScope.SUBTREE) {
			return Optional.of(organization.subtreeIds(user.departmentId()));
		}
		return Optional.empty();
	}
}
