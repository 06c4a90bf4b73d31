package io.renloop.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates tenants and their users, and lists the users of the current tenant.
 */
public interface TenantAdministration {

	boolean anyTenantExists();

	void createTenant(String tenantId, String name, String locale, String timeZone);

	Optional<TenantView> tenant(String tenantId);

	/** Creates a login in the given tenant; the e-mail must be unique across tenants. */
	UUID createUser(NewUser user);

	/** Users of the current tenant. */
	List<UserView> users();

	/** Stores the current user's preferred language. */
	void changeMyLocale(String locale);

	/**
	 * @param tenantId the tenant of the new user
	 * @param email the login, unique across tenants
	 * @param displayName a name to show
	 * @param rawPassword hashed with BCrypt before it is stored
	 * @param roles roles held
	 * @param dataScope null for the widest default scope of the roles
	 * @param departmentId the department of department-scoped users
	 * @param employeeId the user's own employee record
	 */
	record NewUser(String tenantId, String email, String displayName, String rawPassword, Set<Role> roles,
			DataScope dataScope, UUID departmentId, UUID employeeId) {
	}

	record TenantView(String id, String name, String locale, String timeZone) {
	}

	record UserView(UUID id, String email, String displayName, Set<Role> roles, DataScope dataScope,
			UUID departmentId, UUID employeeId, String locale, boolean locked) {
	}
}
