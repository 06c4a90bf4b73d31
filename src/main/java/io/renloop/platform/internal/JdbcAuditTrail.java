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
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the per-tenant audit chain as part of the caller's transaction. The entries are written just before
 * it commits ({@link PendingAuditEntries}), under a transaction-scoped advisory lock per tenant that keeps the chain
 * linear when requests race: the lock is held from that moment to the commit, not for the whole transaction, so
 * the audited writes of one tenant no longer wait for each other's work. A rolled-back transaction writes none.
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
		AuditEntry entry = new AuditEntry(TenantContext.require(), clock.instant().truncatedTo(ChronoUnit.MICROS),
				CurrentUser.find().map(CurrentUser::email).orElse("system"), action, entityType, entityId, before, after);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			PendingAuditEntries.of(this).add(entry);
		}
		else {
			write(entry);
		}
	}

	/** Chains and inserts one entry; the caller's transaction holds the tenant's lock until it ends. */
	void write(AuditEntry entry) {
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", entry.tenantId());
		String previous = jdbc
			.query("select hash from platform.audit_event where tenant_id = ? order by id desc limit 1",
					(rs, i) -> rs.getString(1), entry.tenantId())
			.stream()
			.findFirst()
			.orElse(AuditHash.GENESIS);
		String hash = AuditHash.of(previous, entry.tenantId(), entry.occurredAt(), entry.actor(), entry.action(),
				entry.entityType(), entry.entityId(), entry.before(), entry.after());
		jdbc.update("""
				insert into platform.audit_event
				  (tenant_id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entry.tenantId(), Timestamp.from(entry.occurredAt()),
				entry.actor(), entry.action(), entry.entityType(), entry.entityId(), entry.before(), entry.after(),
				previous, hash);
	}

	private String toJson(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String text ? text : json.writeValueAsString(value);
	}

	/** One change or sensitive read, as recorded; chained when written. */
	record AuditEntry(String tenantId, Instant occurredAt, String actor, String action, String entityType,
			String entityId, String before, String after) {
	}
}
