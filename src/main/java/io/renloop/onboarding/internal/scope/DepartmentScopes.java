package io.renloop.onboarding.internal.scope;

import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The departments a department-scoped user (a manager) is confined to, so that offers and onboarding cases follow
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
		return organization.departmentsInScope(user);
	}
}
