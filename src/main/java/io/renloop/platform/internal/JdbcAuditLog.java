package io.renloop.platform.internal;

import io.renloop.platform.AuditEventView;
import io.renloop.platform.AuditLog;
import io.renloop.platform.AuditVerification;
import io.renloop.platform.LongListTotals;
import io.renloop.platform.TenantContext;
import io.renloop.shared.CappedTotals;
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

	private final LongListTotals totals;

	JdbcAuditLog(JdbcTemplate jdbc, LongListTotals totals) {
		this.jdbc = jdbc;
		this.totals = totals;
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
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(size + 1);
		pageArgs.add((long) page * size);
		List<AuditEventView> rows = jdbc.query("select * from platform.audit_event" + where
				+ " order by id desc limit ? offset ?", (rs, i) -> view(rs), pageArgs.toArray());
		return CappedTotals.page(rows, page, size, limit -> totals.countUpTo("platform.audit_event" + where + args,
				limit, upTo -> count(where, args, upTo)));
	}

	private long count(CharSequence where, List<Object> args, long upTo) {
		List<Object> countArgs = new ArrayList<>(args);
		countArgs.add(upTo);
		Long counted = jdbc.queryForObject("select count(*) from (select 1 from platform.audit_event" + where
				+ " limit ?) c", Long.class, countArgs.toArray());
		return counted == null ? 0 : counted;
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
