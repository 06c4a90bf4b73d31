package io.renloop.openplatform.internal;

import io.renloop.openplatform.OAuthClients.ClientView;
import io.renloop.platform.Permission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code openplatform.oauth_client} and {@code oauth_token}: secrets and tokens only as SHA-256 hashes. Tokens are
 * looked up by hash before the tenant is known, so these queries name their tenant or their hash.
 */
@Component
class ClientTable {

	private static final String VIEW = "id, client_id, name, scopes, created_by, created_at, last_used_at";

	private final JdbcTemplate jdbc;

	ClientTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A client as the token endpoint checks it. */
	record Client(UUID id, String tenantId, String clientId, String name, String secretHash, List<Permission> scopes) {
	}

	/** A valid token and who holds it. */
	record Holder(UUID clientRef, String tenantId, String clientId, String name, List<Permission> scopes) {
	}

	void insert(UUID id, String tenantId, String clientId, String name, String secretHash, List<Permission> scopes,
			String createdBy, Instant now) {
		jdbc.update("""
				insert into openplatform.oauth_client (id, tenant_id, client_id, name, secret_hash, scopes, created_by,
				  created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", id, tenantId, clientId, name, secretHash,
				join(scopes), createdBy, Timestamp.from(now));
	}

	List<ClientView> list(String tenantId) {
		return jdbc.query("select " + VIEW + " from openplatform.oauth_client where tenant_id = ? order by created_at "
				+ "desc", ClientTable::view, tenantId);
	}

	Optional<ClientView> find(String tenantId, UUID id) {
		return jdbc.query("select " + VIEW + " from openplatform.oauth_client where tenant_id = ? and id = ?",
				ClientTable::view, tenantId, id).stream().findFirst();
	}

	boolean delete(String tenantId, UUID id) {
		return jdbc.update("delete from openplatform.oauth_client where tenant_id = ? and id = ?", tenantId, id) == 1;
	}

	Optional<Client> byClientId(String clientId) {
		return jdbc.query("select id, tenant_id, client_id, name, secret_hash, scopes from openplatform.oauth_client "
				+ "where client_id = ?", (rs, n) -> new Client(rs.getObject("id", UUID.class),
						rs.getString("tenant_id"), rs.getString("client_id"), rs.getString("name"),
						rs.getString("secret_hash"), split(rs.getString("scopes"))), clientId).stream().findFirst();
	}

	void insertToken(Client client, String tokenHash, List<Permission> scopes, Instant now, Instant expiresAt) {
		jdbc.update("""
				insert into openplatform.oauth_token (id, tenant_id, client_ref, token_hash, scopes, expires_at,
				  created_at) values (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), client.tenantId(), client.id(),
				tokenHash, join(scopes), Timestamp.from(expiresAt), Timestamp.from(now));
		jdbc.update("update openplatform.oauth_client set last_used_at = ? where id = ?", Timestamp.from(now),
				client.id());
	}

	/** The holder of an unexpired token; its permissions are the token's, within the client's current ones. */
	Optional<Holder> holder(String tokenHash, Instant now) {
		return jdbc.query("""
				select c.id, c.tenant_id, c.client_id, c.name, c.scopes as client_scopes, t.scopes
				from openplatform.oauth_token t join openplatform.oauth_client c on c.id = t.client_ref
				where t.token_hash = ? and t.expires_at > ?""", (rs, n) -> {
			List<Permission> granted = split(rs.getString("scopes"));
			List<Permission> current = split(rs.getString("client_scopes"));
			return new Holder(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getString("client_id"),
					rs.getString("name"), granted.stream().filter(current::contains).toList());
		}, tokenHash, Timestamp.from(now)).stream().findFirst();
	}

	/** Forgets tokens that expired before the given time; @return how many. */
	int deleteExpired(Instant before) {
		return jdbc.update("delete from openplatform.oauth_token where expires_at < ?", Timestamp.from(before));
	}

	private static String join(List<Permission> scopes) {
		return scopes.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	/** Permissions stored by name; a name no longer known is dropped rather than failing every call. */
	private static List<Permission> split(String scopes) {
		return Arrays.stream(scopes.split(","))
			.filter(name -> Arrays.stream(Permission.values()).anyMatch(p -> p.name().equals(name)))
			.map(Permission::valueOf)
			.toList();
	}

	private static ClientView view(ResultSet rs, int row) throws SQLException {
		Timestamp lastUsed = rs.getTimestamp("last_used_at");
		return new ClientView(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("name"),
				split(rs.getString("scopes")), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				lastUsed == null ? null : lastUsed.toInstant());
	}
}
