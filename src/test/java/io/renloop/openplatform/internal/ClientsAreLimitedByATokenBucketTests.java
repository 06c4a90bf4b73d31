package io.renloop.openplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Each client may make a burst of calls, then as many as refill a minute; the answer to a call over the limit says
 * how long to wait, and one client's calls never use another's.
 */
class ClientsAreLimitedByATokenBucketTests {

	final AtomicLong now = new AtomicLong(0);

	final ClientRateLimits limits = new ClientRateLimits(new OAuthProperties(Duration.ofHours(1), 3, 60), null, null,
			now::get);

	@Test
	void aBurstUpToTheCapacityGoesThroughThenTheClientWaits() {
		for (int i = 0; i < 3; i++) {
			assertThat(limits.take("client:a")).isZero();
		}

		assertThat(limits.take("client:a").toMillis()).isBetween(999L, 1000L);
	}

	@Test
	void theBucketRefillsAtTheRate() {
		for (int i = 0; i < 3; i++) {
			limits.take("client:a");
		}
		now.addAndGet(Duration.ofMillis(1500).toNanos());

		assertThat(limits.take("client:a")).isZero();
		assertThat(limits.take("client:a").toMillis()).isBetween(499L, 500L);
	}

	@Test
	void clientsHaveBucketsOfTheirOwn() {
		for (int i = 0; i < 3; i++) {
			limits.take("client:a");
		}

		assertThat(limits.take("client:b")).isZero();
		assertThat(limits.take("client:a")).isPositive();
	}

	@Test
	void anIdleBucketNeverHoldsMoreThanItsCapacity() {
		for (int i = 0; i < 3; i++) {
			limits.take("client:a");
		}
		now.addAndGet(Duration.ofHours(5).toNanos());

		for (int i = 0; i < 3; i++) {
			assertThat(limits.take("client:a")).isZero();
		}
		assertThat(limits.take("client:a")).isPositive();
	}
}
