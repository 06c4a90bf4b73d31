package io.renloop.attendance.internal.results;

import io.renloop.attendance.AttendancePeriods.CloseJob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Close jobs and their progress. Every write commits on its own, beside the close's long transaction, so progress
 * shows while the close runs and a failure is recorded after it rolled back.
 */
@Component
class CloseJobTable {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CloseJobTable(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void create(UUID id, String tenantId, String period, String createdBy) {
		jdbc.update("""
				insert into attendance.close_job (id, tenant_id, period, status, created_by, created_at)
				values (?, ?, ?, 'RUNNING', ?, ?)""", id, tenantId, period, createdBy, Timestamp.from(clock.instant()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void progress(UUID id, int processed, int total) {
		jdbc.update("update attendance.close_job set processed = ?, total = ? where id = ?", processed, total, id);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void finish(UUID id, String status, String error) {
		jdbc.update("update attendance.close_job set status = ?, error = ?, finished_at = ? where id = ?", status, error,
				Timestamp.from(clock.instant()), id);
	}

	@Transactional(readOnly = true)
	boolean running(String tenantId, String period) {
		return !jdbc.queryForList("select id from attendance.close_job where tenant_id = ? and period = ? and status = 'RUNNING'",
				UUID.class, tenantId, period).isEmpty();
	}

	@Transactional(readOnly = true)
	Optional<CloseJob> find(String tenantId, UUID id) {
		return jdbc.query("select * from attendance.close_job where tenant_id = ? and id = ?", this::job, tenantId, id)
			.stream()
			.findFirst();
	}

	private CloseJob job(ResultSet rs, int rowNum) throws SQLException {
		return new CloseJob(rs.getObject("id", UUID.class), rs.getString("period"), rs.getString("status"),
				rs.getInt("processed"), rs.getInt("total"), rs.getString("error"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
