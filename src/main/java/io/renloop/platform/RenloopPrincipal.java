package io.renloop.platform;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a Renloop user; authorities are the effective permissions.
 */
public final class RenloopPrincipal implements UserDetails, CredentialsContainer {

	private final CurrentUser currentUser;

	private String passwordHash;

	private final boolean locked;

	private final boolean enabled;

	public RenloopPrincipal(CurrentUser currentUser, String passwordHash, boolean locked, boolean enabled) {
		this.currentUser = currentUser;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.enabled = enabled;
	}

	public CurrentUser currentUser() {
		return currentUser;
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
