package io.renloop.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.TenantContext;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A list found at least as long as the count limit is not counted again for a while: its next pages report the
 * limit at once. A shorter list is counted on every request, so that its exact total is always current, and what
 * one tenant's list is known to be says nothing about another tenant's list of the same query.
 */
class LongListsAreRememberedAsLongTests {

	private final MemorizedLongListTotals totals = new MemorizedLongListTotals();

	private final AtomicInteger counts = new AtomicInteger();

	@Test
	void aLongListIsCountedOnceAndThenKnownToBeLong() {
		assertThat(countAs("demo", "employees", 100_303)).isEqualTo(10_001);
		assertThat(countAs("demo", "employees", 100_303)).isEqualTo(10_001);

		assertThat(counts).hasValue(1);
	}

	@Test
	void aShortListIsCountedEveryTime() {
		assertThat(countAs("demo", "employees?q=王伟", 72)).isEqualTo(72);
		assertThat(countAs("demo", "employees?q=王伟", 73)).isEqualTo(73);

		assertThat(counts).hasValue(2);
	}

	@Test
	void eachTenantsListsAreKnownOnTheirOwn() {
		countAs("demo", "employees", 100_303);

		assertThat(countAs("acme", "employees", 12)).isEqualTo(12);
		assertThat(countAs("demo", "other employees", 40)).isEqualTo(40);
		assertThat(counts).hasValue(3);
	}

	private long countAs(String tenant, String list, long rows) {
		LongUnaryOperator counter = limit -> {
			counts.incrementAndGet();
			return Math.min(rows, limit);
		};
		return TenantContext.callAs(tenant, () -> totals.countUpTo(list, 10_001, counter));
	}
}
