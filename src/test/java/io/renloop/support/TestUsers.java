package io.renloop.support;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import java.util.Set;
import java.util.UUID;

/**
 * Fresh logins and tenants with unique names, for tests that must not disturb the shared demo data
 * (wrong passwords, tampering). Every login gets the demo password {@link ApiClient#PASSWORD}.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** @return the e-mail of a new login in the tenant */
	public static String createUser(TenantAdministration administration, String tenantId, Role role) {
		String email = unique(role.name().toLowerCase().replace('_', '-')) + "@" + tenantId + ".test";
		administration.createUser(new NewUser(tenantId, email, "Test " + role, ApiClient.PASSWORD, Set.of(role), null,
				null, null));
		return email;
	}

	/** @return the id of a new, empty tenant */
	public static String createTenant(TenantAdministration administration, String prefix) {
		String tenantId = unique(prefix);
		administration.createTenant(tenantId, "Test tenant " + tenantId, "en", "UTC");
		return tenantId;
	}
}
