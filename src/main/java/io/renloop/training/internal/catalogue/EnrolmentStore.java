package io.renloop.training.internal.catalogue;

import io.renloop.platform.TenantContext;
import io.renloop.training.Enrolments.Source;
import io.renloop.training.Enrolments.Status;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Enrolments of the current tenant. One open enrolment per employee and course, kept by a unique index. */
@Component
class EnrolmentStore {

	private static final String COLUMNS = """
			id, course_id, employee_id, session_id, status, source, watched_seconds, position_seconds, due_on, cost,
			enrolled_at, completed_at""";

	private final JdbcTemplate jdbc;

	EnrolmentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts unless the employee already has an open or completed enrolment in the course; empty then. */
	Optional<UUID> insert(UUID courseId, UUID employeeId, UUID sessionId, Status status, Source source, UUID pathId,
			LocalDate dueOn, BigDecimal cost, String by, Instant now) {
		return jdbc.queryForList("""
				insert into training.enrolment (id, tenant_id, course_id, employee_id, session_id, status, source, path_id,
				    due_on, cost, enrolled_by, enrolled_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, course_id, employee_id) where status not in ('CANCELLED', 'REJECTED') do nothing
				returning id""", UUID.class, UUID.randomUUID(), TenantContext.require(), courseId, employeeId, sessionId,
				status.name(), source.name(), pathId, dueOn == null ? null : Date.valueOf(dueOn), cost, by,
				Timestamp.from(now)).stream().findFirst();
	}

	Optional<Enrolment> find(UUID id) {
		return jdbc.query("select " + COLUMNS + " from training.enrolment where tenant_id = ? and id = ?",
				EnrolmentStore::row, TenantContext.require(), id).stream().findFirst();
	}

	Optional<Enrolment> current(UUID employeeId, UUID courseId) {
		return jdbc.query("""
				select %s from training.enrolment where tenant_id = ? and employee_id = ? and course_id = ?
				and status not in ('CANCELLED', 'REJECTED')""".formatted(COLUMNS), EnrolmentStore::row,
				TenantContext.require(), employeeId, courseId).stream().findFirst();
	}

	List<Enrolment> ofEmployee(UUID employeeId) {
		return jdbc.query("select " + COLUMNS + " " + """
				 from training.enrolment where tenant_id = ? and employee_id = ? order by enrolled_at desc""",
				EnrolmentStore::row, TenantContext.require(), employeeId);
	}

	/** Newest first; {@code employees} null for the whole tenant. */
	List<Enrolment> recent(Collection<UUID> employees, int limit) {
		if (employees == null) {
			return jdbc.query("select " + COLUMNS + " " + """
					 from training.enrolment where tenant_id = ? order by enrolled_at desc limit ?""",
					EnrolmentStore::row, TenantContext.require(), limit);
		}
		return jdbc.query("select " + COLUMNS + " " + """
				 from training.enrolment where tenant_id = ? and employee_id = any(?) order by enrolled_at desc limit ?""",
				EnrolmentStore::row, TenantContext.require(), employees.toArray(UUID[]::new), limit);
	}

	Optional<Enrolment> firstWaiting(UUID sessionId) {
		return jdbc.query("select " + COLUMNS + " " + """
				 from training.enrolment where tenant_id = ? and session_id = ? and status = 'WAITLISTED'
				order by enrolled_at limit 1""", EnrolmentStore::row, TenantContext.require(), sessionId)
			.stream()
			.findFirst();
	}

	void progress(UUID id, int watched, int position) {
		jdbc.update("""
				update training.enrolment set watched_seconds = ?, position_seconds = ?, version = version + 1
				where tenant_id = ? and id = ?""", watched, position, TenantContext.require(), id);
	}

	void status(UUID id, Status status) {
		jdbc.update("update training.enrolment set status = ?, version = version + 1 where tenant_id = ? and id = ?",
				status.name(), TenantContext.require(), id);
	}

	void attended(UUID id, Instant at) {
		jdbc.update("update training.enrolment set attended_at = ? where tenant_id = ? and id = ?", Timestamp.from(at),
				TenantContext.require(), id);
	}

	/** Completes an enrolment that is not completed yet; false when it already was (or is not open). */
	boolean complete(UUID id, Instant at) {
		return jdbc.update("""
				update training.enrolment set status = 'COMPLETED', completed_at = ?, version = version + 1
				where tenant_id = ? and id = ? and status in ('ENROLLED', 'WAITLISTED')""", Timestamp.from(at),
				TenantContext.require(), id) == 1;
	}

	private static Enrolment row(ResultSet rs, int n) throws SQLException {
		Date due = rs.getDate("due_on");
		Timestamp completed = rs.getTimestamp("completed_at");
		return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
				rs.getObject("employee_id", UUID.class), rs.getObject("session_id", UUID.class),
				Status.valueOf(rs.getString("status")), Source.valueOf(rs.getString("source")),
				rs.getInt("watched_seconds"), rs.getInt("position_seconds"), due == null ? null : due.toLocalDate(),
				rs.getBigDecimal("cost"), rs.getTimestamp("enrolled_at").toInstant(),
				completed == null ? null : completed.toInstant());
	}
}
