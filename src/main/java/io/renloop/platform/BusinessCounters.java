package io.renloop.platform;

/**
 * Counts what operators watch besides requests and pools, exposed at {@code /actuator/prometheus}: the
 * counters carry a kind and an outcome, never a tenant, user or record, so that the metrics hold no personal data.
 */
public interface BusinessCounters {

	/** A bulk import (employees, positions, resumes, ...) of the given kind was accepted and starts in the background. */
	void importStarted(String kind);

	/** A bulk import of the given kind ended, e.g. with outcome {@code SUCCEEDED}, {@code COMPLETED} or {@code FAILED}. */
	void importFinished(String kind, String outcome);
}
