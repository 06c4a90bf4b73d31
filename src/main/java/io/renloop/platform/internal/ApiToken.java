package io.renloop.platform.internal;

import io.renloop.platform.Permission;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A personal access token. Only its SHA-256 hash is stored; the token itself is shown once.
 */
@Entity
@Table(schema = "platform", name = "api_token")
class ApiToken {

	@Id
	private UUID id;

	private String tenantId;

	private UUID userId;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	private String scopes;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	@jakarta.persistence.Version
	private Long version;

	protected ApiToken() {
	}

	ApiToken(String tenantId, UUID userId, String name, String tokenHash, String tokenPrefix, List<Permission> scopes,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.tenantId = tenantId;
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.scopes = scopes == null || scopes.isEmpty() ? null
				: scopes.stream().map(Enum::name).collect(Collectors.joining(","));
		this.createdAt = createdAt;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	boolean isActive() {
		return revokedAt == null;
	}

	UUID id() {
		return id;
	}

	String tenantId() {
		return tenantId;
	}

	UUID userId() {
		return userId;
	}

	String name() {
		return name;
	}

	String tokenPrefix() {
		return tokenPrefix;
	}

	List<Permission> scopes() {
		return scopes == null ? List.of() : Arrays.stream(scopes.split(",")).map(Permission::valueOf).toList();
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}
}
