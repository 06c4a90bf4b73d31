package io.renloop.platform.internal;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.RenloopPrincipal;
import io.renloop.platform.Role;
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

	RenloopUserDetailsService(UserAccounts users) {
		this.users = users;
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
		// never locked: repeated wrong passwords delay their source address (LoginThrottle), not the login
		return new RenloopPrincipal(user, account.passwordHash(), false, account.enabled(), account.securityStamp());
	}
}
