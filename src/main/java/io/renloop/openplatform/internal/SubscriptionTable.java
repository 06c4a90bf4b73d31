package io.renloop.openplatform.internal;

import io.renloop.openplatform.Webhooks.Status;
import io.renloop.openplatform.Webhooks.WebhookView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code openplatform.webhook_subscription}: every query names its tenant, since the delivery worker serves all
 * tenants at once.
 */
@Component
class SubscriptionTable {

	private static final String VIEW = "id, url, events, status, consecutive_failures, created_at, disabled_at";

	private final JdbcTemplate jdbc;

	SubscriptionTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What a delivery needs: where to and the sealed secret to sign with. */
	record Target(UUID id, String tenantId, String url, byte[] sealedSecret, Status status) {
	}

	void insert(UUID id, String tenantId, String url, List<String> events, byte[] sealedSecret, String createdBy,
			Instant now) {
		jdbc.update("""
				insert into openplatform.webhook_subscription
				  (id, tenant_id, url, events, secret_sealed, status, created_by, created_at)
				values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""", id, tenantId, url, String.join(",", events), sealedSecret,
				createdBy, Timestamp.from(now));
	}

	List<WebhookView> list(String tenantId) {
		return jdbc.query("select " + VIEW + " from openplatform.webhook_subscription where tenant_id = ? "
				+ "order by created_at desc", SubscriptionTable::view, tenantId);
	}

	Optional<WebhookView> find(String tenantId, UUID id) {
		return jdbc.query("select " + VIEW + " from openplatform.webhook_subscription where tenant_id = ? and id = ?",
				SubscriptionTable::view, tenantId, id).stream().findFirst();
	}

	int count(String tenantId) {
		return jdbc.queryForObject("select count(*) from openplatform.webhook_subscription where tenant_id = ?",
				Integer.class, tenantId);
	}

	Optional<Target> target(String tenantId, UUID id) {
		return jdbc.query("select id, tenant_id, url, secret_sealed, status from openplatform.webhook_subscription "
				+ "where tenant_id = ? and id = ?", (rs, n) -> new Target(rs.getObject("id", UUID.class),
						rs.getString("tenant_id"), rs.getString("url"), rs.getBytes("secret_sealed"),
						Status.valueOf(rs.getString("status"))), tenantId, id).stream().findFirst();
	}

	/** The active subscriptions of the tenant to the event type. */
	List<UUID> subscribers(String tenantId, String eventType) {
		return jdbc.queryForList("""
				select id from openplatform.webhook_subscription
				where tenant_id = ? and status = 'ACTIVE' and ? = any (string_to_array(events, ','))""", UUID.class,
				tenantId, eventType);
	}

	boolean delete(String tenantId, UUID id) {
		return jdbc.update("delete from openplatform.webhook_subscription where tenant_id = ? and id = ?", tenantId,
				id) == 1;
	}

	/** A delivery succeeded: the failures in a row start again, and a disabled subscription is active again. */
	void succeeded(UUID id) {
		jdbc.update("update openplatform.webhook_subscription set consecutive_failures = 0, status = 'ACTIVE', "
				+ "disabled_at = null where id = ?", id);
	}

	/**
	 * An attempt failed; the subscription is disabled once {@code limit} attempts in a row have failed.
	 *
	 * @return whether this failure disabled it
	 */
	boolean failed(UUID id, int limit, Instant now) {
		Integer failures = jdbc.queryForObject("update openplatform.webhook_subscription set consecutive_failures = "
				+ "consecutive_failures + 1 where id = ? returning consecutive_failures", Integer.class, id);
		return failures != null && failures >= limit && jdbc.update("update openplatform.webhook_subscription "
				+ "set status = 'DISABLED', disabled_at = ? where id = ? and status = 'ACTIVE'", Timestamp.from(now),
				id) == 1;
	}

	private static WebhookView view(ResultSet rs, int row) throws SQLException {
		Timestamp disabledAt = rs.getTimestamp("disabled_at");
		return new WebhookView(rs.getObject("id", UUID.class), rs.getString("url"),
				Arrays.asList(rs.getString("events").split(",")), Status.valueOf(rs.getString("status")),
				rs.getInt("consecutive_failures"), rs.getTimestamp("created_at").toInstant(),
				disabledAt == null ? null : disabledAt.toInstant());
	}
}
