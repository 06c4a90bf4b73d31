package io.renloop.platform.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Counts the scheduled job runs of this node as {@code renloop.jobs.runs} by job: a run is a tick whose lock this
 * node took, so that the sum over every node shows one run per tick, and a node that skipped (another held the lock)
 * counts nothing.
 */
class CountingLockProvider implements LockProvider {

	static final String RUNS = "renloop.jobs.runs";

	private final LockProvider locks;

	private final MeterRegistry registry;

	CountingLockProvider(LockProvider locks, MeterRegistry registry) {
		this.locks = locks;
		this.registry = registry;
	}

	@Override
	public Optional<SimpleLock> lock(LockConfiguration configuration) {
		Optional<SimpleLock> lock = locks.lock(configuration);
		if (lock.isPresent()) {
			registry.counter(RUNS, "job", configuration.getName()).increment();
		}
		return lock;
	}
}
