package io.renloop.platform.internal.sso;

import java.util.UUID;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person the tenant's OpenID Connect provider signed in, with the Renloop login they sign in as. */
class LinkedOidcUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final String tenantId;

	private final UUID userId;

	LinkedOidcUser(OidcUser user, String tenantId, UUID userId) {
		super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
		this.tenantId = tenantId;
		this.userId = userId;
	}

	String tenantId() {
		return tenantId;
	}

	UUID userId() {
		return userId;
	}
}
