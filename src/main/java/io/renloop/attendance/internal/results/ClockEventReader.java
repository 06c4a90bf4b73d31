package io.renloop.attendance.internal.results;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The clock events of many employees in a time range, read in one pass over the (employee, time) index. */
@Component
class ClockEventReader {

	private final JdbcTemplate jdbc;

	ClockEventReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, List<Instant>> between(String tenantId, Collection<UUID> employeeIds, Instant from, Instant to) {
		Map<UUID, List<Instant>> events = new HashMap<>();
		UUID[] ids = employeeIds.toArray(UUID[]::new);
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select employee_id, at from attendance.clock_event
					 where tenant_id = ? and employee_id = any(?) and at >= ? and at < ?""");
			statement.setString(1, tenantId);
			statement.setArray(2, con.createArrayOf("uuid", ids));
			statement.setTimestamp(3, Timestamp.from(from));
			statement.setTimestamp(4, Timestamp.from(to));
			statement.setFetchSize(10_000);
			return statement;
		}, rs -> {
			events.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(rs.getTimestamp(2).toInstant());
		});
		return events;
	}
}
