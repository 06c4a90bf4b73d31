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

	/**
	 * Creates a login in the given tenant; the e-mail must be unique across tenants, the password must pass the
	 * password policy, and the department and employee must be records of that tenant.
	 */
	UUID createUser(NewUser user);

	/** Users of the current tenant. */
	List<UserView> users();

	/** One user of the current tenant. */
	UserView user(UUID id);

	/**
	 * The logins of the current tenant holding the role, by e-mail, without those some source must wait for: the
	 * approvers of a role step, read without loading every login of the tenant.
	 */
	List<UUID> holdersOf(Role role);

	/**
	 * The id of the login of an employee of the current tenant, if they have one: one indexed read, for approval
	 * chains resolved on every request that starts one.
	 */
	Optional<UUID> userOfEmployee(UUID employeeId);

	/**
	 * Changes what a user of the current tenant may do and see. Only a platform administrator may grant the
	 * platform administrator role; nobody may take away their own administration rights. Any actual change ends
	 * the user's page sessions on every node.
	 */
	UserView changeAccess(UUID id, ChangeAccess change);

	/**
	 * Sets a new password for a user of the current tenant (it must pass the password policy) and ends the user's
	 * page sessions on every node; API tokens stay valid.
	 */
	UserView changePassword(UUID id, String rawPassword);

	/** Lifts every wait that wrong passwords imposed on source addresses signing in as this user. */
	UserView unlock(UUID id);

	/** Stores the current user's preferred language. */
	void changeMyLocale(String locale);

	/**
	 * @param tenantId the tenant of the new user
	 * @param email the login, unique across tenants
	 * @param displayName a name to show
	 * @param rawPassword checked against the password policy, then hashed with BCrypt
	 * @param roles roles held
	 * @param dataScope null for the widest default scope of the roles
	 * @param departmentId the department of department-scoped users
	 * @param employeeId the user's own employee record
	 */
	record NewUser(String tenantId, String email, String displayName, String rawPassword, Set<Role> roles,
			DataScope dataScope, UUID departmentId, UUID employeeId) {
	}

	/**
	 * @param roles roles held from now on
	 * @param dataScope null for the widest default scope of the roles
	 * @param departmentId the department of department-scoped users
	 * @param employeeId the user's own employee record
	 * @param enabled false blocks every login and token of the user
	 */
	record ChangeAccess(Set<Role> roles, DataScope dataScope, UUID departmentId, UUID employeeId, boolean enabled) {
	}

	record TenantView(String id, String name, String locale, String timeZone) {
	}

	/**
	 * @param locked some source address must wait before it may try a password for this user again (the login itself
	 *     is never locked)
	 */
	record UserView(UUID id, String email, String displayName, Set<Role> roles, DataScope dataScope,
			UUID departmentId, UUID employeeId, String locale, boolean locked) {
	}
}
