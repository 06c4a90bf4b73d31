package io.renloop.openplatform.internal;

import io.renloop.openplatform.Webhooks.Attempt;
import io.renloop.openplatform.Webhooks.DeliveryStatus;
import io.renloop.openplatform.Webhooks.DeliveryView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code openplatform.webhook_delivery} and its attempts. A delivery is a row from the moment its event arrives, so a
 * restart loses nothing: the worker claims due rows (pushing their next attempt out by a lease, so that a node that
 * dies while sending leaves them to be tried again) and records each outcome.
 */
@Component
class DeliveryTable {

	private static final String VIEW = """
			id, event_id, event_type, status, attempts, last_status_code, last_error, created_at, last_attempt_at,
			next_attempt_at, delivered_at""";

	private final JdbcTemplate jdbc;

	DeliveryTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A delivery claimed for one attempt. */
	record Claimed(UUID id, String tenantId, UUID subscriptionId, UUID eventId, String eventType, String body,
			int attempts, Instant giveUpAt) {
	}

	/** Adds the delivery unless the subscription already has one of the event; @return whether it was added. */
	boolean insertIfAbsent(UUID id, String tenantId, UUID subscriptionId, UUID eventId, String eventType, String body,
			Instant now, Instant giveUpAt) {
		return jdbc.update("""
				insert into openplatform.webhook_delivery
				  (id, tenant_id, subscription_id, event_id, event_type, body, status, next_attempt_at, give_up_at,
				   created_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
				on conflict (subscription_id, event_id) do nothing""", id, tenantId, subscriptionId, eventId, eventType,
				body, Timestamp.from(now), Timestamp.from(giveUpAt), Timestamp.from(now)) == 1;
	}

	/** Claims up to {@code limit} due deliveries of active subscriptions, of every tenant. */
	List<Claimed> claimDue(Instant now, int limit, Duration lease) {
		return jdbc.query("""
				update openplatform.webhook_delivery d set next_attempt_at = ?
				where d.id in (select d2.id from openplatform.webhook_delivery d2
				               join openplatform.webhook_subscription s on s.id = d2.subscription_id
				               where d2.status = 'PENDING' and d2.next_attempt_at <= ? and s.status = 'ACTIVE'
				               order by d2.next_attempt_at limit ? for update of d2 skip locked)
				returning d.id, d.tenant_id, d.subscription_id, d.event_id, d.event_type, d.body, d.attempts,
				          d.give_up_at""", DeliveryTable::claimed, Timestamp.from(now.plus(lease)), Timestamp.from(now),
				limit);
	}

	/** Claims one delivery of the tenant's subscription for an attempt now, whatever its status. */
	Optional<Claimed> claim(String tenantId, UUID subscriptionId, UUID id, Instant now, Duration lease,
			Instant giveUpAt) {
		return jdbc.query("""
				update openplatform.webhook_delivery set status = 'PENDING', next_attempt_at = ?,
				  give_up_at = greatest(give_up_at, ?)
				where tenant_id = ? and subscription_id = ? and id = ?
				returning id, tenant_id, subscription_id, event_id, event_type, body, attempts, give_up_at""",
				DeliveryTable::claimed, Timestamp.from(now.plus(lease)), Timestamp.from(giveUpAt), tenantId,
				subscriptionId, id).stream().findFirst();
	}

	void delivered(UUID id, int statusCode, Instant now) {
		jdbc.update("""
				update openplatform.webhook_delivery set status = 'DELIVERED', attempts = attempts + 1,
				  last_status_code = ?, last_error = null, last_attempt_at = ?, delivered_at = ?
				where id = ?""", statusCode, Timestamp.from(now), Timestamp.from(now), id);
	}

	/** A failed attempt: tried again at {@code nextAttemptAt}, or given up when that is null. */
	void failed(UUID id, Integer statusCode, String error, Instant now, Instant nextAttemptAt) {
		jdbc.update("""
				update openplatform.webhook_delivery set status = ?, attempts = attempts + 1, last_status_code = ?,
				  last_error = ?, last_attempt_at = ?, next_attempt_at = coalesce(?, next_attempt_at)
				where id = ?""", nextAttemptAt == null ? "FAILED" : "PENDING", statusCode, error, Timestamp.from(now),
				nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt), id);
	}

	void logAttempt(String tenantId, UUID deliveryId, Instant at, Integer statusCode, String error, int durationMs) {
		jdbc.update("""
				insert into openplatform.webhook_attempt (id, tenant_id, delivery_id, attempted_at, status_code, error,
				  duration_ms) values (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), tenantId, deliveryId,
				Timestamp.from(at), statusCode, error, durationMs);
	}

	Optional<DeliveryView> find(String tenantId, UUID id) {
		return withLog(jdbc.query("select " + VIEW + " from openplatform.webhook_delivery where tenant_id = ? and id = ?",
				DeliveryTable::view, tenantId, id)).stream().findFirst();
	}

	/** The newest deliveries of the tenant's subscription, each with its attempts. */
	List<DeliveryView> latest(String tenantId, UUID subscriptionId, int limit) {
		return withLog(jdbc.query("select " + VIEW + " from openplatform.webhook_delivery where tenant_id = ? and "
				+ "subscription_id = ? order by created_at desc, id limit ?", DeliveryTable::view, tenantId,
				subscriptionId, limit));
	}

	private List<DeliveryView> withLog(List<DeliveryView> deliveries) {
		if (deliveries.isEmpty()) {
			return deliveries;
		}
		Map<UUID, List<Attempt>> attempts = new HashMap<>();
		jdbc.query("select delivery_id, attempted_at, status_code, error, duration_ms from openplatform.webhook_attempt "
				+ "where delivery_id = any (string_to_array(?, ',')::uuid[]) order by attempted_at", rs -> {
					Integer code = (Integer) rs.getObject("status_code");
					attempts.computeIfAbsent(rs.getObject("delivery_id", UUID.class), key -> new ArrayList<>())
						.add(new Attempt(rs.getTimestamp("attempted_at").toInstant(), code, rs.getString("error"),
								rs.getInt("duration_ms")));
				}, deliveries.stream().map(d -> d.id().toString()).collect(Collectors.joining(",")));
		return deliveries.stream()
			.map(d -> new DeliveryView(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.lastStatusCode(),
					d.lastError(), d.createdAt(), d.lastAttemptAt(), d.nextAttemptAt(), d.deliveredAt(),
					List.copyOf(attempts.getOrDefault(d.id(), List.of()))))
			.toList();
	}

	private static Claimed claimed(ResultSet rs, int row) throws SQLException {
		return new Claimed(rs.getObject("id", UUID.class), rs.getString("tenant_id"),
				rs.getObject("subscription_id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("event_type"), rs.getString("body"), rs.getInt("attempts"),
				rs.getTimestamp("give_up_at").toInstant());
	}

	private static DeliveryView view(ResultSet rs, int row) throws SQLException {
		DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
		return new DeliveryView(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("event_type"), status, rs.getInt("attempts"), (Integer) rs.getObject("last_status_code"),
				rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "last_attempt_at"),
				status == DeliveryStatus.PENDING ? instant(rs, "next_attempt_at") : null, instant(rs, "delivered_at"),
				List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
