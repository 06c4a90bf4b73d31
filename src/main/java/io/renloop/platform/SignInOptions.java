package io.renloop.platform;

import java.util.Optional;

/** What the login page offers a tenant's people besides the password: the single sign-on the tenant set up. */
public interface SignInOptions {

	/** Empty for an unknown tenant. */
	Optional<Options> of(String tenantId);

	/**
	 * @param oidcProviderName the name on the "Sign in with …" button; null without an OpenID Connect provider
	 * @param wecom the tenant has a WeCom application for web authorization
	 * @param passwordsOff the tenant requires single sign-on for everyone but its administrators
	 */
	record Options(String tenantId, String oidcProviderName, boolean wecom, boolean passwordsOff) {
	}
}
