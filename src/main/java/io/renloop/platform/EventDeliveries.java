package io.renloop.platform;

import io.renloop.shared.PageView;
import java.time.Instant;
import java.util.UUID;

/**
 * The operator's view of the event publication registry: each row is one event to one listener, kept until the
 * listener completed it. Installation-wide (every tenant), so only for platform administrators. Never exposes the
 * serialized event, which may hold personal data; only its type and, where it carries one, its tenant.
 */
public interface EventDeliveries {

	/** Which publications to list. */
	enum State {
		/** The listener threw; waiting for a retry. */
		FAILED,
		/** Not completed: published, in progress, failed or resubmitted. */
		INCOMPLETE,
		/** The listener completed them. */
		COMPLETED
	}

	/** Publications in the state, newest first. */
	PageView<Delivery> list(State state, int page, int size);

	/**
	 * Hands an incomplete publication to its listener again and records that in the audit log.
	 * @throws NotFoundException when no publication has the id
	 * @throws BusinessRuleException (409) when it was already completed
	 */
	Delivery retry(UUID id);

	/**
	 * One event publication to one listener.
	 *
	 * @param id the publication
	 * @param eventType the simple class name of the event
	 * @param listenerId the listener method, as the registry names it
	 * @param publishedAt when the event was published
	 * @param completedAt when the listener completed it, or null
	 * @param lastResubmittedAt when it was last handed to the listener again, or null
	 * @param status the registry's status (PUBLISHED, PROCESSING, COMPLETED, FAILED, RESUBMITTED)
	 * @param completionAttempts how often the listener was invoked
	 * @param tenantId the event's {@code tenantId}, or null when it carries none
	 */
	record Delivery(UUID id, String eventType, String listenerId, Instant publishedAt, Instant completedAt,
			Instant lastResubmittedAt, String status, int completionAttempts, String tenantId) {
	}
}
