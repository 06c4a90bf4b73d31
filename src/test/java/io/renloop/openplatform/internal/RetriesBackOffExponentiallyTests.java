package io.renloop.openplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait after a failed attempt doubles with each failure and never exceeds the longest wait. */
class RetriesBackOffExponentiallyTests {

	final WebhookProperties properties = WebhooksMayNotReachInternalAddressesTests.properties();

	@Test
	void theWaitDoublesAfterEachFailure() {
		assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.retryDelay(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(properties.retryDelay(7)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void theWaitStopsGrowingAtTheLongestWait() {
		assertThat(properties.retryDelay(8)).isEqualTo(Duration.ofHours(1));
		assertThat(properties.retryDelay(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aDayOfRetriesIsAboutThirtyAttempts() {
		Duration elapsed = Duration.ZERO;
		int attempts = 0;
		while (elapsed.compareTo(Duration.ofHours(24)) <= 0) {
			attempts++;
			elapsed = elapsed.plus(properties.retryDelay(attempts));
		}
		assertThat(attempts).isBetween(25, 35);
	}
}
