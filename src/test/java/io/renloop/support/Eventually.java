package io.renloop.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for the effect of a durable event, which is delivered after the publishing transaction commits. The wait is
 * generous: every application context that starts in the test JVM resubmits the incomplete publications left by the
 * contexts before it, and on a loaded 2-core CI machine a new event can queue behind them for more than 20 s.
 */
public final class Eventually {

	private Eventually() {
	}

	/** The first non-null value within 60 seconds, or null. */
	public static <T> T await(Supplier<T> value) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		T found = value.get();
		while (found == null && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			found = value.get();
		}
		return found;
	}
}
