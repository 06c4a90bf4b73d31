package io.renloop.platform.internal;

import io.renloop.platform.RenloopProperties;
import java.time.Duration;

/**
 * How long a source address must wait after wrong passwords for one login: nothing for the first
 * {@code allowedFailures}, then {@code first}, doubling with each further failure up to {@code max}
 * (1, 2, 4, 8, 15, 15… minutes with the defaults).
 */
record LoginDelays(int allowedFailures, Duration first, Duration max) {

	static LoginDelays of(RenloopProperties.Security security) {
		return new LoginDelays(security.maxFailedLogins(), security.loginDelay(), security.maxLoginDelay());
	}

	/** The wait after this many wrong passwords in a row. */
	Duration after(int failures) {
		if (failures < allowedFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - allowedFailures, 30);
		Duration delay = first.multipliedBy(1L << doublings);
		return delay.compareTo(max) > 0 ? max : delay;
	}
}
