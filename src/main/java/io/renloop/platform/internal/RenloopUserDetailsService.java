package io.renloop.platform.internal;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.RenloopPrincipal;
import io.renloop.platform.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads logins for form, basic and token authentication.
 */
@Service
class RenloopUserDetailsService implements UserDetailsService {

	private final UserAccounts users;

	private final Clock clock;

	RenloopUserDetailsService(UserAccounts users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount account = users.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException(email));
		return principalOf(account, null);
	}

	/**
	 * @param scopes token scopes narrowing the permissions, or null for the user's full permissions
	 */
	RenloopPrincipal principalOf(UserAccount account, Collection<Permission> scopes) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		account.roles().stream().map(Role::permissions).forEach(permissions::addAll);
		if (scopes != null && !scopes.isEmpty()) {
			permissions.retainAll(scopes);
		}
		CurrentUser user = new CurrentUser(account.id(), account.tenantId(), account.email(), account.displayName(),
				account.roles(), permissions, account.dataScope(), account.departmentId(), account.employeeId(),
				account.locale());
		return new RenloopPrincipal(user, account.passwordHash(), account.isLockedAt(clock.instant()),
				account.enabled());
	}
}
