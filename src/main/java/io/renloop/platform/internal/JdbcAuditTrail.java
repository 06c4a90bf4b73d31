package io.renloop.platform.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the per-tenant audit chain inside the caller's transaction; a transaction-scoped advisory
 * lock per tenant keeps the chain linear when requests race.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	JdbcAuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordChange(String action, String entityType, Object entityId, Object before, Object after) {
		append(action, entityType, String.valueOf(entityId), toJson(before), toJson(after));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordSensitiveRead(String entityType, Object entityId, String fields) {
		append("READ_SENSITIVE", entityType, String.valueOf(entityId), null, toJson(java.util.Map.of("fields", fields)));
	}

	private void append(String action, String entityType, String entityId, String before, String after) {
		String tenantId = TenantContext.require();
		String actor = CurrentUser.find().map(CurrentUser::email).orElse("system");
		Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", tenantId);
		String previous = jdbc
			.query("select hash from platform.audit_event where tenant_id = ? order by id desc limit 1",
					(rs, i) -> rs.getString(1), tenantId)
			.stream()
			.findFirst()
			.orElse(AuditHash.GENESIS);
		String hash = AuditHash.of(previous, tenantId, occurredAt, actor, action, entityType, entityId, before, after);
		jdbc.update("""
				insert into platform.audit_event
				  (tenant_id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tenantId, Timestamp.from(occurredAt), actor, action,
				entityType, entityId, before, after, previous, hash);
	}

	private String toJson(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String text ? text : json.writeValueAsString(value);
	}
}
