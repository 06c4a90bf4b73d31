package io.renloop.platform.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes this node's idle job workers when a job was submitted here, instead of waiting for the next poll. */
@Component
class JobSignal {

	private final Semaphore submitted = new Semaphore(0);

	void jobSubmitted() {
		submitted.release();
	}

	/** Waits for a submit or the timeout; true when woken by a submit. */
	boolean await(Duration timeout) throws InterruptedException {
		boolean woken = submitted.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		submitted.drainPermits();
		return woken;
	}
}
