package io.renloop.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Personal access tokens of the signed-in user for the REST API.
 */
public interface ApiTokenService {

	/** @return the new token, shown this once */
	IssuedToken issue(String name, List<Permission> scopes);

	List<TokenView> myTokens();

	void revoke(UUID tokenId);

	record IssuedToken(UUID id, String name, String token, List<Permission> scopes) {
	}

	record TokenView(UUID id, String name, String prefix, List<Permission> scopes, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt) {
	}
}
