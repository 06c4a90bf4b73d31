package io.renloop.openplatform;

import io.renloop.platform.Permission;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The current tenant's OAuth2 clients for integrations, kept by its administrator. A client obtains short-lived
 * bearer tokens at {@code POST /oauth2/token} (grant type {@code client_credentials}); a token acts as a technical
 * user of the tenant with the client's permissions over the whole tenant, audited as {@code client:<clientId>}.
 */
public interface OAuthClients {

	/**
	 * Registers a client.
	 *
	 * @param scopes the permissions its tokens carry: some of the administrator's own, never {@code TENANT_ADMIN_ALL}
	 * @return its id and secret; the secret is shown this once and kept only as a hash
	 */
	CreatedClient create(String name, List<Permission> scopes);

	List<ClientView> clients();

	/** Deletes the client; its tokens stop working at once. */
	void delete(UUID id);

	/** A new client and its secret. */
	record CreatedClient(UUID id, String clientId, String clientSecret, String name, List<Permission> scopes) {
	}

	/** A client as its administrator sees it (never the secret). */
	record ClientView(UUID id, String clientId, String name, List<Permission> scopes, String createdBy,
			Instant createdAt, Instant lastUsedAt) {
	}
}
