package io.renloop.platform;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the rest of the product sees it: tenant, permissions and data scope. Serializable because a
 * page session, kept in the database for every app node, holds it inside its {@link RenloopPrincipal}.
 *
 * @param userId the user account
 * @param tenantId the tenant every query of this user is confined to
 * @param email the login
 * @param displayName a name to show
 * @param roles the roles held
 * @param permissions effective permissions (narrowed by token scopes where a token is used)
 * @param dataScope the widest data scope of the roles held
 * @param departmentId the department the user belongs to or manages, for department scopes
 * @param employeeId the employee record of the user, for the self scope
 * @param locale the user's preferred language tag, or null
 */
public record CurrentUser(UUID userId, String tenantId, String email, String displayName, Set<Role> roles,
		Set<Permission> permissions, DataScope dataScope, UUID departmentId, UUID employeeId, String locale)
		implements Serializable {

	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}

	/** The authenticated user of this thread. */
	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof RenloopPrincipal principal) {
			return Optional.of(principal.currentUser());
		}
		return Optional.empty();
	}

	/** The authenticated user of this thread; fails when nobody is signed in. */
	public static CurrentUser require() {
		return find().orElseThrow(() -> new IllegalStateException("No authenticated Renloop user"));
	}
}
