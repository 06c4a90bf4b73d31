package io.renloop.platform.internal.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;

/**
 * Page sign-in through each tenant's own OpenID Connect provider: registrations per tenant from the database, the
 * ID token checked by Spring Security (signature by the provider's keys, issuer, audience, nonce, expiry), then the
 * person linked to their Renloop login. The authorization request waits in the HTTP session, which lives in the
 * shared session store, so the provider may return to any node. Nothing keeps the provider's tokens afterwards:
 * Renloop needs them for the sign-in only.
 */
@Component
public class SingleSignOnLogin {

	private final ClientRegistrationRepository registrations;

	private final OidcAccountLinking linking;

	private final OidcSignInOutcomes outcomes;

	/** @param decoders found by Spring Security as the bean deciding about ID tokens; listed so that it exists first */
	SingleSignOnLogin(TenantClientRegistrations registrations, OidcAccountLinking linking,
			OidcIdTokenDecoders decoders, OidcSignInOutcomes outcomes) {
		this.registrations = registrations;
		this.linking = linking;
		this.outcomes = outcomes;
	}

	public void configure(OAuth2LoginConfigurer<HttpSecurity> login) {
		login.loginPage("/login")
			.clientRegistrationRepository(registrations)
			.authorizedClientRepository(new NothingKept())
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new KnownTenantsOnly(registrations)))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(linking))
			.successHandler(outcomes)
			.failureHandler(outcomes);
	}

	/**
	 * A start for a tenant without a provider (or whose provider cannot be discovered) is not an error of the
	 * server: it is left to the rest of the chain, which sends a stranger to the login page.
	 */
	private static final class KnownTenantsOnly implements OAuth2AuthorizationRequestResolver {

		private final DefaultOAuth2AuthorizationRequestResolver resolver;

		KnownTenantsOnly(ClientRegistrationRepository registrations) {
			this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
		}

		@Override
		public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
			try {
				return resolver.resolve(request);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		@Override
		public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
			try {
				return resolver.resolve(request, registrationId);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
	}

	/** Keeps no provider tokens: they served the sign-in and nothing else. */
	private static final class NothingKept implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String registrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}
	}
}
