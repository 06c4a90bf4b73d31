package io.renloop.openplatform.internal;

import java.time.Duration;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perMinute} requests a minute. Not
 * thread-safe by itself; {@link ClientRateLimits} guards each bucket.
 */
final class TokenBucket {

	private final int capacity;

	private final double perNano;

	private double tokens;

	private long lastNanos;

	TokenBucket(int capacity, int perMinute, long nowNanos) {
		this.capacity = capacity;
		this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
		this.tokens = capacity;
		this.lastNanos = nowNanos;
	}

	/** @return zero when a request may go now, else how long until one may */
	Duration take(long nowNanos) {
		tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) * perNano);
		lastNanos = nowNanos;
		if (tokens >= 1) {
			tokens -= 1;
			return Duration.ZERO;
		}
		return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
	}

	/** Whether the bucket is full again at that time, so that it may be forgotten. */
	boolean fullAt(long nowNanos) {
		return tokens + (nowNanos - lastNanos) * perNano >= capacity;
	}
}
