package io.renloop.platform.internal.sso;

import io.renloop.platform.internal.sso.OidcConfigurations.OidcConfiguration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * One OpenID Connect client registration per tenant, its id the tenant id, built from the tenant's settings and its
 * provider's discovery document ({@code <issuer>/.well-known/openid-configuration}). A built registration is kept
 * until the tenant changes its settings; a provider that cannot be discovered gives no registration (logged), so
 * that the sign-in is refused rather than failing.
 */
@Component
class TenantClientRegistrations implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(TenantClientRegistrations.class);

	/** The path the provider returns to; registered with the provider by the tenant's IT. */
	static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

	private final OidcConfigurations configurations;

	private final Map<String, ClientRegistration> built = new ConcurrentHashMap<>();

	TenantClientRegistrations(OidcConfigurations configurations) {
		this.configurations = configurations;
	}

	@Override
	public ClientRegistration findByRegistrationId(String tenantId) {
		if (tenantId == null || tenantId.length() > 40) {
			return null;
		}
		try {
			return configurations.of(tenantId).map(this::registration).orElse(null);
		}
		catch (IllegalStateException ex) {
			log.warn("The OpenID Connect settings of tenant {} cannot be read: {}", tenantId, ex.getMessage());
			return null;
		}
	}

	private ClientRegistration registration(OidcConfiguration configuration) {
		String key = configuration.tenantId() + "@" + configuration.updatedAt();
		ClientRegistration cached = built.get(key);
		if (cached != null) {
			return cached;
		}
		try {
			ClientRegistration registration = ClientRegistrations.fromIssuerLocation(configuration.issuer())
				.registrationId(configuration.tenantId())
				.clientId(configuration.clientId())
				.clientSecret(configuration.clientSecret())
				.clientName(configuration.providerName())
				.scope("openid", "email", "profile")
				.redirectUri(REDIRECT_URI)
				.build();
			built.keySet().removeIf(k -> k.startsWith(configuration.tenantId() + "@"));
			built.put(key, registration);
			return registration;
		}
		catch (RuntimeException ex) {
			log.warn("The OpenID Connect provider of tenant {} cannot be discovered at its issuer {}: {}",
					configuration.tenantId(), configuration.issuer(), ex.getMessage());
			return null;
		}
	}
}
