package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly pruning deletes publications delivered more than a week ago and keeps the recent ones and every
 * publication that was never delivered, however old.
 */
@RenloopIntegrationTest
class DeliveredEventsArePrunedAfterAWeekTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventPublicationJobs pruning;

	@Test
	void publicationsDeliveredMoreThanAWeekAgoAreDeletedAndUndeliveredOnesKept() {
		Instant now = Instant.now();
		UUID old = publication(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(8)), "COMPLETED");
		UUID recent = publication(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(6)), "COMPLETED");
		UUID undelivered = publication(now.minus(Duration.ofDays(30)), null, "FAILED");
		try {
			pruning.pruneCompleted();

			assertThat(jdbc.queryForList("select id from event_publication where id in (?, ?, ?)", UUID.class, old,
					recent, undelivered)).containsExactlyInAnyOrder(recent, undelivered);
		}
		finally {
			jdbc.update("delete from event_publication where id in (?, ?, ?)", old, recent, undelivered);
		}
	}

	private UUID publication(Instant published, Instant completed, String status) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts)
				values (?, 'pruning-probe', 'java.lang.String', ?, ?, ?, ?, 1)""", id, "\"" + id + "\"",
				OffsetDateTime.ofInstant(published, ZoneOffset.UTC),
				completed == null ? null : OffsetDateTime.ofInstant(completed, ZoneOffset.UTC), status);
		return id;
	}
}
