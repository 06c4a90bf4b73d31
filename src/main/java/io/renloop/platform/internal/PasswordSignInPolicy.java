package io.renloop.platform.internal;

import io.renloop.platform.RenloopPrincipal;
import io.renloop.platform.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a login may sign in with its password: not when its tenant requires single sign-on, unless it is a
 * tenant (or platform) administrator, who keeps a password so that a failing provider never locks the tenant out.
 */
@Component
class PasswordSignInPolicy {

	private final JdbcTemplate jdbc;

	PasswordSignInPolicy(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws PasswordsOffException when the principal's tenant switched passwords off for it */
	void check(RenloopPrincipal principal) {
		var user = principal.currentUser();
		if (user.roles().contains(Role.TENANT_ADMIN) || user.roles().contains(Role.PLATFORM_ADMIN)) {
			return;
		}
		Boolean off = jdbc.query("select passwords_off from platform.tenant where id = ?",
				rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, user.tenantId());
		if (Boolean.TRUE.equals(off)) {
			throw new PasswordsOffException();
		}
	}
}
