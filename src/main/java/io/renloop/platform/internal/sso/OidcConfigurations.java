package io.renloop.platform.internal.sso;

import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.SingleSignOnSettings.MatchClaim;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the tenants' OpenID Connect settings with the client secret unsealed, for sign-in; plain SQL naming the
 * tenant, since sign-in happens before anyone of the tenant is authenticated.
 */
@Component
class OidcConfigurations {

	private final JdbcTemplate jdbc;

	private final PersonalDataCipher cipher;

	OidcConfigurations(JdbcTemplate jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** One tenant's settings; {@code updatedAt} tells a cached registration that it is out of date. */
	record OidcConfiguration(String tenantId, String providerName, String issuer, String clientId,
			String clientSecret, MatchClaim matchClaim, String claimName, boolean createAccounts, Instant updatedAt) {
	}

	Optional<OidcConfiguration> of(String tenantId) {
		return jdbc.query("""
				select provider_name, issuer, client_id, client_secret, match_claim, claim_name, create_accounts,
				       updated_at
				from platform.sso_oidc where tenant_id = ?""",
				(rs, i) -> new OidcConfiguration(tenantId, rs.getString(1), rs.getString(2), rs.getString(3),
						cipher.decrypt(rs.getBytes(4)), MatchClaim.valueOf(rs.getString(5)), rs.getString(6),
						rs.getBoolean(7), rs.getTimestamp(8).toInstant()),
				tenantId)
			.stream()
			.findFirst();
	}
}
