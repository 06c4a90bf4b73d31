package io.renloop.openplatform.internal;

import io.renloop.openplatform.WebhookEventType;
import io.renloop.openplatform.Webhooks;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.PersonalDataCipher;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's webhooks. Subscriptions and their changes are audited; the secret is generated here, shown
 * once and kept sealed with the PII key. A test or replay is sent at once, outside any transaction.
 */
@Service
class DefaultWebhooks implements Webhooks {

	/** Subscriptions one tenant may have. */
	static final int MAX_SUBSCRIPTIONS = 50;

	/** Deliveries a list shows. */
	static final int LATEST = 100;

	private final SubscriptionTable subscriptions;

	private final DeliveryTable deliveries;

	private final WebhookOutbox outbox;

	private final DeliveryAttempts attempts;

	private final WebhookUrls urls;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final WebhookProperties properties;

	private final Clock clock;

	DefaultWebhooks(SubscriptionTable subscriptions, DeliveryTable deliveries, WebhookOutbox outbox,
			DeliveryAttempts attempts, WebhookUrls urls, PersonalDataCipher cipher, AuditTrail audit,
			WebhookProperties properties, Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.outbox = outbox;
		this.attempts = attempts;
		this.urls = urls;
		this.cipher = cipher;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CreatedWebhook subscribe(String url, List<String> events) {
		List<String> types = checkedTypes(events);
		URI target = urls.check(url);
		CurrentUser me = CurrentUser.require();
		if (subscriptions.count(me.tenantId()) >= MAX_SUBSCRIPTIONS) {
			throw new BusinessRuleException("webhook.limit", MAX_SUBSCRIPTIONS);
		}
		String shown = Secrets.random("whsec_", 32);
		UUID id = UUID.randomUUID();
		subscriptions.insert(id, me.tenantId(), target.toString(), types, cipher.encrypt(shown), me.email(),
				clock.instant());
		// the host only: a query string may carry the receiver's own token
		audit.recordChange("CREATE", "WebhookSubscription", id, null, Map.of("host", target.getHost(), "events", types));
		return new CreatedWebhook(id, shown);
	}

	private static List<String> checkedTypes(List<String> events) {
		List<String> known = WebhookEventType.subscribable();
		if (events == null || events.isEmpty() || !known.containsAll(events)) {
			throw InvalidFieldsException.of("events", "webhook.events.invalid", String.join(", ", known));
		}
		return List.copyOf(new LinkedHashSet<>(events));
	}

	@Override
	public List<WebhookView> subscriptions() {
		return subscriptions.list(tenant());
	}

	@Override
	@Transactional
	public void unsubscribe(UUID id) {
		WebhookView gone = existing(id);
		subscriptions.delete(tenant(), id);
		audit.recordChange("DELETE", "WebhookSubscription", id,
				Map.of("host", URI.create(gone.url()).getHost(), "events", gone.events()), null);
	}

	@Override
	public List<DeliveryView> deliveries(UUID subscriptionId) {
		existing(subscriptionId);
		return deliveries.latest(tenant(), subscriptionId, LATEST);
	}

	@Override
	public DeliveryView replay(UUID subscriptionId, UUID deliveryId) {
		existing(subscriptionId);
		DeliveryView sent = sendNow(subscriptionId, deliveryId);
		audit.recordChange("REPLAY", "WebhookDelivery", deliveryId, null, Map.of("subscription", subscriptionId));
		return sent;
	}

	@Override
	public DeliveryView ping(UUID subscriptionId) {
		existing(subscriptionId);
		UUID id = outbox.ping(tenant(), subscriptionId);
		audit.recordChange("TEST", "WebhookSubscription", subscriptionId, null, Map.of("delivery", id));
		return sendNow(subscriptionId, id);
	}

	private DeliveryView sendNow(UUID subscriptionId, UUID deliveryId) {
		Instant now = clock.instant();
		DeliveryTable.Claimed claimed = deliveries
			.claim(tenant(), subscriptionId, deliveryId, now, DeliveryWorker.LEASE, now.plus(properties.retryFor()))
			.orElseThrow(() -> new NotFoundException("WebhookDelivery", deliveryId));
		attempts.attempt(claimed);
		return deliveries.find(tenant(), deliveryId).orElseThrow(() -> new NotFoundException("WebhookDelivery",
				deliveryId));
	}

	private WebhookView existing(UUID id) {
		return subscriptions.find(tenant(), id).orElseThrow(() -> new NotFoundException("WebhookSubscription", id));
	}

	private static String tenant() {
		return CurrentUser.require().tenantId();
	}
}
