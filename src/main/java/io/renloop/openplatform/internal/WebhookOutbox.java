package io.renloop.openplatform.internal;

import io.renloop.openplatform.WebhookEventType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an event into one delivery row per active subscription of its tenant to its type, with the JSON body
 * {@code {"id","type","tenantId","occurredAt","data"}} fixed once, so that every attempt and replay sends the same
 * bytes. The event's id is derived from its content: the same domain event delivered again gets the same id, and the
 * unique (subscription, event) key keeps it to one delivery.
 */
@Component
class WebhookOutbox {

	private final SubscriptionTable subscriptions;

	private final DeliveryTable deliveries;

	private final WebhookProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	WebhookOutbox(SubscriptionTable subscriptions, DeliveryTable deliveries, WebhookProperties properties,
			JsonMapper json, Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Queues the event for the tenant's subscribers of its type.
	 *
	 * @param occurredAt when it happened, or null for now
	 * @return how many deliveries were added
	 */
	int enqueue(String tenantId, WebhookEventType type, Instant occurredAt, Map<String, Object> data) {
		List<UUID> subscribers = subscriptions.subscribers(tenantId, type.key());
		if (subscribers.isEmpty()) {
			return 0;
		}
		String content = json.writeValueAsString(data);
		UUID eventId = UUID.nameUUIDFromBytes((tenantId + "|" + type.key() + "|" + content)
			.getBytes(StandardCharsets.UTF_8));
		Instant now = clock.instant();
		String body = body(eventId, type, tenantId, occurredAt == null ? now : occurredAt, data);
		int added = 0;
		for (UUID subscription : subscribers) {
			if (deliveries.insertIfAbsent(UUID.randomUUID(), tenantId, subscription, eventId, type.key(), body, now,
					now.plus(properties.retryFor()))) {
				added++;
			}
		}
		return added;
	}

	/** A {@code ping} delivery for the subscription, not yet sent; @return its id. */
	UUID ping(String tenantId, UUID subscriptionId) {
		UUID eventId = UUID.randomUUID();
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		deliveries.insertIfAbsent(id, tenantId, subscriptionId, eventId, WebhookEventType.PING.key(),
				body(eventId, WebhookEventType.PING, tenantId, now, Map.of("subscriptionId", subscriptionId.toString())),
				now, now.plus(properties.retryFor()));
		return id;
	}

	private String body(UUID eventId, WebhookEventType type, String tenantId, Instant occurredAt,
			Map<String, Object> data) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("id", eventId.toString());
		envelope.put("type", type.key());
		envelope.put("tenantId", tenantId);
		envelope.put("occurredAt", occurredAt.toString());
		envelope.put("data", data);
		return json.writeValueAsString(envelope);
	}
}
