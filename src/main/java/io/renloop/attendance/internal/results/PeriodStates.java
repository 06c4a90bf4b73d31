package io.renloop.attendance.internal.results;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which months of a tenant are closed. */
@Component
class PeriodStates {

	static final String CLOSED = "CLOSED";

	private final JdbcTemplate jdbc;

	PeriodStates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean closed(String tenantId, String period) {
		return !jdbc.queryForList("select 1 from attendance.attendance_period where tenant_id = ? and period = ? and status = ?",
				Integer.class, tenantId, period, CLOSED).isEmpty();
	}

	void markClosed(String tenantId, String period, Instant at, String by) {
		jdbc.update("""
				insert into attendance.attendance_period (tenant_id, period, status, closed_at, closed_by)
				values (?, ?, 'CLOSED', ?, ?)
				on conflict (tenant_id, period) do update set status = 'CLOSED', closed_at = excluded.closed_at,
				       closed_by = excluded.closed_by""", tenantId, period, Timestamp.from(at), by);
	}

	/** Reopens a closed month; false when it was not closed (a concurrent reopen, or never closed). */
	boolean markReopened(String tenantId, String period, Instant at, String reason) {
		return jdbc.update("""
				update attendance.attendance_period set status = 'OPEN', reopened_at = ?, reopen_reason = ?
				 where tenant_id = ? and period = ? and status = 'CLOSED'""", Timestamp.from(at), reason, tenantId,
				period) == 1;
	}
}
