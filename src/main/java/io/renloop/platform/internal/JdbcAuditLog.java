package io.renloop.platform.internal;

import io.renloop.platform.AuditEventView;
import io.renloop.platform.AuditLog;
import io.renloop.platform.AuditVerification;
import io.renloop.platform.TenantContext;
import io.renloop.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and verifies the current tenant's audit chain.
 */
@Service
@Transactional(readOnly = true)
class JdbcAuditLog implements AuditLog {

	private final JdbcTemplate jdbc;

	JdbcAuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PageView<AuditEventView> events(String entityType, String entityId, int page, int size) {
		String tenantId = TenantContext.require();
		StringBuilder where = new StringBuilder(" where tenant_id = ?");
		List<Object> args = new ArrayList<>(List.of(tenantId));
		if (entityType != null && !entityType.isBlank()) {
			where.append(" and entity_type = ?");
			args.add(entityType);
		}
		if (entityId != null && !entityId.isBlank()) {
			where.append(" and entity_id = ?");
			args.add(entityId);
		}
		Long total = jdbc.queryForObject("select count(*) from platform.audit_event" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(size);
		pageArgs.add((long) page * size);
		List<AuditEventView> content = jdbc.query("select * from platform.audit_event" + where
				+ " order by id desc limit ? offset ?", (rs, i) -> view(rs), pageArgs.toArray());
		return PageView.of(content, page, size, total == null ? 0 : total);
	}

	@Override
	public AuditVerification verify() {
		String tenantId = TenantContext.require();
		AtomicReference<String> previous = new AtomicReference<>(AuditHash.GENESIS);
		AtomicLong count = new AtomicLong();
		AtomicReference<Long> firstBroken = new AtomicReference<>();
		jdbc.query("select * from platform.audit_event where tenant_id = ? order by id", rs -> {
			count.incrementAndGet();
			if (firstBroken.get() != null) {
				return;
			}
			String expected = AuditHash.of(previous.get(), rs.getString("tenant_id"),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
					rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_state"),
					rs.getString("after_state"));
			if (!expected.equals(rs.getString("hash")) || !previous.get().equals(rs.getString("prev_hash"))) {
				firstBroken.set(rs.getLong("id"));
			}
			previous.set(rs.getString("hash"));
		}, tenantId);
		return new AuditVerification(firstBroken.get() == null, count.get(), firstBroken.get());
	}

	private static AuditEventView view(ResultSet rs) throws SQLException {
		return new AuditEventView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("before_state"), rs.getString("after_state"), rs.getString("hash"));
	}
}
