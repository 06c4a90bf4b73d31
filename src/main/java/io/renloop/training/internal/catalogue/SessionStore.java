package io.renloop.training.internal.catalogue;

import io.renloop.platform.TenantContext;
import io.renloop.training.Catalogue.SaveSession;
import io.renloop.training.Catalogue.SessionView;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Classroom sessions with their roster counts; a session's row is locked while its roster changes. */
@Component
class SessionStore {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SELECT = """
			select s.id, s.course_id, s.starts_at, s.location, s.trainer, s.capacity, s.sign_in_token,
			  (select count(*) from training.enrolment e where e.session_id = s.id and e.status in ('ENROLLED', 'COMPLETED')) enrolled,
			  (select count(*) from training.enrolment e where e.session_id = s.id and e.status = 'WAITLISTED') waiting
			from training.course_session s where s.tenant_id = ?""";

	private final JdbcTemplate jdbc;

	SessionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID courseId, SaveSession s) {
		UUID id = UUID.randomUUID();
		byte[] token = new byte[16];
		RANDOM.nextBytes(token);
		jdbc.update("""
				insert into training.course_session (id, tenant_id, course_id, starts_at, location, trainer, capacity, sign_in_token)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", id, TenantContext.require(), courseId, Timestamp.from(s.startsAt()),
				s.location().strip(), s.trainer(), s.capacity(), HexFormat.of().formatHex(token));
		return id;
	}

	List<SessionView> ofCourse(UUID courseId) {
		return jdbc.query(SELECT + " and s.course_id = ? order by s.starts_at", SessionStore::view,
				TenantContext.require(), courseId);
	}

	Optional<SessionView> find(UUID id) {
		return jdbc.query(SELECT + " and s.id = ?", SessionStore::view, TenantContext.require(), id).stream().findFirst();
	}

	Optional<SessionView> byToken(String token) {
		return jdbc.query(SELECT + " and s.sign_in_token = ?", SessionStore::view, TenantContext.require(), token)
			.stream()
			.findFirst();
	}

	/** Locks the session so that two enrolments cannot both take its last seat. */
	void lock(UUID id) {
		jdbc.queryForList("select id from training.course_session where tenant_id = ? and id = ? for update",
				TenantContext.require(), id);
	}

	private static SessionView view(ResultSet rs, int row) throws SQLException {
		return new SessionView(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
				rs.getTimestamp("starts_at").toInstant(), rs.getString("location"), rs.getString("trainer"),
				rs.getInt("capacity"), rs.getInt("enrolled"), rs.getInt("waiting"), rs.getString("sign_in_token"));
	}
}
