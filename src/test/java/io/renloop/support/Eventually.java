package io.renloop.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for the effect of a durable event, which is delivered after the publishing transaction commits. */
public final class Eventually {

	private Eventually() {
	}

	/** The first non-null value within 20 seconds, or null. */
	public static <T> T await(Supplier<T> value) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
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
