package io.renloop.demo;

import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The frame every demo seeding shares: only with demo data switched on and the tenant present, as the tenant's system
 * actor, timed. The seeding itself decides whether the tenant still needs it and says whether it seeded.
 */
final class DemoOnce {

	private DemoOnce() {
	}

	/** @param seeded told the milliseconds the seeding took, when it seeded something */
	static void seed(RenloopProperties properties, TenantAdministration administration, String tenant,
			Supplier<Boolean> seeding, LongConsumer seeded) {
		if (!properties.demo() || administration.tenant(tenant).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		if (SystemActor.callAs(tenant, seeding)) {
			seeded.accept((System.nanoTime() - started) / 1_000_000);
		}
	}
}
