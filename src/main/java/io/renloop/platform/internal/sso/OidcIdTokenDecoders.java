package io.renloop.platform.internal.sso;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

/**
 * Decoders of ID tokens (signature by the provider's JWKS, issuer, audience, expiry). Spring's factory keeps one
 * decoder per registration id for ever; a tenant that changes its issuer must get a new one, so this keeps them per
 * issuer, key set and client of the registration.
 */
@Component
class OidcIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	@Override
	public JwtDecoder createDecoder(ClientRegistration registration) {
		var provider = registration.getProviderDetails();
		String key = String.join(" ", registration.getRegistrationId(), provider.getIssuerUri(),
				provider.getJwkSetUri(), registration.getClientId());
		return decoders.computeIfAbsent(key, k -> new OidcIdTokenDecoderFactory().createDecoder(registration));
	}
}
