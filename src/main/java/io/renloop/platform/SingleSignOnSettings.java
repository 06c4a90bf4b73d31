package io.renloop.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The single sign-on of the current tenant, managed by its administrators: its own OpenID Connect provider, its
 * WeCom and DingTalk applications, which outside identity signs in as which login, and whether passwords are
 * switched off. Every change is audited; secrets are sealed at rest and never returned.
 */
public interface SingleSignOnSettings {

	/** The tenant's OpenID Connect provider; empty when none is set up. */
	Optional<OidcView> oidc();

	/**
	 * Sets up or changes the tenant's OpenID Connect provider.
	 *
	 * @throws InvalidFieldsException when the issuer is not an http(s) address, or no secret is given for a new one
	 */
	OidcView changeOidc(OidcChange change);

	/** The tenant's WeCom or DingTalk application; empty when none is set up. */
	Optional<ChatAppView> chatApp(IdentityProvider app);

	/** Sets up or changes the tenant's WeCom or DingTalk application. */
	ChatAppView changeChatApp(IdentityProvider app, ChatAppChange change);

	/** Whether the tenant's logins other than its administrators must sign in through single sign-on. */
	boolean passwordsOff();

	/**
	 * Switches passwords off (or on again) for the tenant's logins other than its tenant administrators, who keep
	 * their password so that nobody locks the tenant out when its provider fails.
	 */
	boolean changePasswordsOff(boolean passwordsOff);

	/** The outside identities linked to logins of the tenant. */
	List<LinkView> links();

	/**
	 * Links an outside identity to a login of the tenant (replacing an earlier link of that identity).
	 *
	 * @throws NotFoundException when the login is not one of the tenant
	 */
	LinkView link(IdentityProvider provider, String externalId, UUID userId);

	/** Where a person's identity comes from. */
	enum IdentityProvider {
		OIDC, WECOM, DINGTALK;

		/** The provider's name in paths: {@code wecom}, {@code dingtalk}, {@code oidc}. */
		public String path() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Which claim of the ID token names the Renloop user. */
	enum MatchClaim {
		/** The login's e-mail (claim {@code email} unless named otherwise). */
		WORK_EMAIL,
		/** The employee number of the login's employee record (claim {@code employee_number} unless named otherwise). */
		EMPLOYEE_NUMBER
	}

	/**
	 * @param providerName shown on the login page: "Sign in with …"
	 * @param secretSet a client secret is stored (it is never shown)
	 * @param createAccounts a person the provider knows but Renloop does not gets a new employee login
	 */
	record OidcView(String providerName, String issuer, String clientId, boolean secretSet, MatchClaim matchClaim,
			String claimName, boolean createAccounts) {
	}

	/**
	 * @param clientSecret null or blank keeps the stored secret
	 * @param claimName null or blank for the default claim of {@code matchClaim}
	 */
	record OidcChange(String providerName, String issuer, String clientId, String clientSecret, MatchClaim matchClaim,
			String claimName, boolean createAccounts) {
	}

	/**
	 * @param appId WeCom: the corp id; DingTalk: the app key
	 * @param agentId WeCom: the application's agent id
	 */
	record ChatAppView(IdentityProvider app, String appId, String agentId, boolean secretSet) {
	}

	/** @param secret null or blank keeps the stored secret */
	record ChatAppChange(String appId, String agentId, String secret) {
	}

	record LinkView(IdentityProvider provider, String externalId, UUID userId, String email, Instant linkedAt) {
	}
}
