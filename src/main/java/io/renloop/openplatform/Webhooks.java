package io.renloop.openplatform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbound webhooks of the current tenant, kept by its administrator: subscriptions of an HTTPS (or HTTP) URL to
 * event types, each delivery signed with the subscription's secret ({@link WebhookSignature}) and retried with
 * exponential back-off for 24 hours; a subscription whose deliveries keep failing is disabled.
 */
public interface Webhooks {

	/**
	 * Subscribes a URL to event types.
	 *
	 * @return the id and the signing secret, which is shown this once and stored sealed
	 * @throws io.renloop.platform.InvalidFieldsException when the URL is not http(s), resolves to an address that
	 * is not allowed, or an event type is unknown
	 */
	CreatedWebhook subscribe(String url, List<String> events);

	List<WebhookView> subscriptions();

	/** Deletes the subscription with its deliveries. */
	void unsubscribe(UUID id);

	/** The latest deliveries of the subscription (at most 100), newest first, each with its attempts. */
	List<DeliveryView> deliveries(UUID subscriptionId);

	/** Sends a delivery again at once, whatever its status; a failure goes back to the retry schedule. */
	DeliveryView replay(UUID subscriptionId, UUID deliveryId);

	/**
	 * Sends a {@code ping} event at once and answers with its delivery. A subscription that was disabled after
	 * failures is enabled again when its receiver answers the ping.
	 */
	DeliveryView ping(UUID subscriptionId);

	/** A new subscription and its secret. */
	record CreatedWebhook(UUID id, String secret) {
	}

	/** Whether a subscription still gets deliveries. */
	enum Status {
		ACTIVE, DISABLED
	}

	/** A subscription as its administrator sees it (never the secret). */
	record WebhookView(UUID id, String url, List<String> events, Status status, int consecutiveFailures,
			Instant createdAt, Instant disabledAt) {
	}

	/** Where a delivery stands. */
	enum DeliveryStatus {
		/** Not delivered yet; it is tried again at {@code nextAttemptAt}. */
		PENDING,
		/** The receiver answered with a 2xx status. */
		DELIVERED,
		/** Given up after the retry window. */
		FAILED
	}

	/**
	 * One event sent to one subscription.
	 *
	 * @param lastStatusCode the receiver's HTTP status of the last attempt, null when none was received
	 * @param lastError why the last attempt failed, null after a success
	 * @param log every attempt, oldest first
	 */
	record DeliveryView(UUID id, UUID eventId, String eventType, DeliveryStatus status, int attempts,
			Integer lastStatusCode, String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt,
			Instant deliveredAt, List<Attempt> log) {
	}

	/** One try to deliver: the receiver's status code, or the error when none came. */
	record Attempt(Instant at, Integer statusCode, String error, int durationMs) {
	}
}
