package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back-off of work notices: the first retry after the configured wait, doubled each time, at most six hours. */
class NoticeRetriesWaitTwiceAsLongEachTimeTests {

	static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	final NoticeWorker worker = new NoticeWorker(null, List.of(), null, null, null, null,
			Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30), 10);

	@Test
	void theWaitDoublesAfterEachFailedAttempt() {
		assertThat(worker.retryAt(1)).isEqualTo(NOW.plusSeconds(30));
		assertThat(worker.retryAt(2)).isEqualTo(NOW.plusSeconds(60));
		assertThat(worker.retryAt(5)).isEqualTo(NOW.plusSeconds(480));
	}

	@Test
	void noWaitIsLongerThanSixHours() {
		assertThat(worker.retryAt(12)).isEqualTo(NOW.plus(Duration.ofHours(6)));
		assertThat(worker.retryAt(60)).isEqualTo(NOW.plus(Duration.ofHours(6)));
	}
}
