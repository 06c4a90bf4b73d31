package io.renloop.platform;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a Renloop user; authorities are the effective permissions. A principal of a
 * page session carries its login's security stamp from sign-in: once the login's stamp moves on (new roles, a new
 * password, disabled), the session ends. Page sessions hold it serialized in the database, so that every app node
 * reads them (ADR 0017).
 */
public final class RenloopPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final CurrentUser currentUser;

	private String passwordHash;

	private final boolean locked;

	private final boolean enabled;

	private final long securityStamp;

	/** A principal that no page session holds: background work, tokens. */
	public RenloopPrincipal(CurrentUser currentUser, String passwordHash, boolean locked, boolean enabled) {
		this(currentUser, passwordHash, locked, enabled, 0);
	}

	/**
	 * @param securityStamp the login's security stamp when it was loaded
	 */
	public RenloopPrincipal(CurrentUser currentUser, String passwordHash, boolean locked, boolean enabled,
			long securityStamp) {
		this.currentUser = currentUser;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.enabled = enabled;
		this.securityStamp = securityStamp;
	}

	public CurrentUser currentUser() {
		return currentUser;
	}

	/** The login's security stamp when this principal was loaded. */
	public long securityStamp() {
		return securityStamp;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return currentUser.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())).toList();
	}

	public List<String> roleNames() {
		return currentUser.roles().stream().map(Enum::name).sorted().toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return currentUser.email();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
