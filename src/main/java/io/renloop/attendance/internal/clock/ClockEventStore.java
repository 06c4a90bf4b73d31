package io.renloop.attendance.internal.clock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The clock event table. A whole batch goes in as one statement over arrays ({@code unnest}) with
 * {@code ON CONFLICT DO NOTHING}: one round trip and one plan for 1,000 or 10,000 rows, which is what lets the API
 * keep up with a raw {@code COPY}; the update count is the number of new events, the rest were duplicates.
 */
@Component
class ClockEventStore {

	private final JdbcTemplate jdbc;

	ClockEventStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the events that are new and returns how many were. */
	int insertNew(String tenantId, List<ValidEvent> events, Instant receivedAt) {
		if (events.isEmpty()) {
			return 0;
		}
		int size = events.size();
		String[] devices = new String[size];
		String[] ids = new String[size];
		UUID[] employees = new UUID[size];
		Timestamp[] times = new Timestamp[size];
		String[] sources = new String[size];
		for (int i = 0; i < size; i++) {
			ValidEvent event = events.get(i);
			devices[i] = event.deviceId();
			ids[i] = event.eventId();
			employees[i] = event.employeeId();
			times[i] = Timestamp.from(event.at());
			sources[i] = event.source().name();
		}
		return jdbc.execute((java.sql.Connection con) -> {
			try (var statement = con.prepareStatement("""
					insert into attendance.clock_event (tenant_id, device_id, event_id, employee_id, at, source, received_at)
					select ?, d, e, p, a, s, ? from unnest(?::varchar[], ?::varchar[], ?::uuid[], ?::timestamptz[], ?::varchar[])
					       as t(d, e, p, a, s)
					on conflict do nothing""")) {
				statement.setString(1, tenantId);
				statement.setTimestamp(2, Timestamp.from(receivedAt));
				statement.setArray(3, con.createArrayOf("varchar", devices));
				statement.setArray(4, con.createArrayOf("varchar", ids));
				statement.setArray(5, con.createArrayOf("uuid", employees));
				statement.setArray(6, con.createArrayOf("timestamptz", times));
				statement.setArray(7, con.createArrayOf("varchar", sources));
				return statement.executeUpdate();
			}
		});
	}

	/** How many of the events are kept already (by device and event id), for a dry run's count of duplicates. */
	int countExisting(String tenantId, List<ValidEvent> events) {
		if (events.isEmpty()) {
			return 0;
		}
		String[] devices = events.stream().map(ValidEvent::deviceId).toArray(String[]::new);
		String[] ids = events.stream().map(ValidEvent::eventId).toArray(String[]::new);
		return jdbc.execute((java.sql.Connection con) -> {
			try (var statement = con.prepareStatement("""
					select count(*) from attendance.clock_event c
					  join unnest(?::varchar[], ?::varchar[]) as t(d, e) on c.device_id = t.d and c.event_id = t.e
					 where c.tenant_id = ?""")) {
				statement.setArray(1, con.createArrayOf("varchar", devices));
				statement.setArray(2, con.createArrayOf("varchar", ids));
				statement.setString(3, tenantId);
				try (var rs = statement.executeQuery()) {
					rs.next();
					return rs.getInt(1);
				}
			}
		});
	}

	/** An event that passed every check, ready to store. */
	record ValidEvent(String deviceId, String eventId, UUID employeeId, Instant at,
			io.renloop.attendance.ClockSource source) {
	}
}
