package io.renloop.openplatform.internal;

import io.renloop.openplatform.Webhooks.Status;
import io.renloop.openplatform.internal.DeliveryTable.Claimed;
import io.renloop.openplatform.internal.SubscriptionTable.Target;
import io.renloop.openplatform.internal.WebhookSender.Outcome;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.PersonalDataCipher;
import io.renloop.platform.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt of a claimed delivery: signs the body with the subscription's unsealed secret, posts it and records
 * the outcome with the attempt's log line. A failure waits for the next attempt with exponential back-off until the
 * retry window ends (then the delivery is FAILED); {@code disable-after-failures} failed attempts in a row disable
 * the subscription (audited as the system), and a success enables it again.
 */
@Component
class DeliveryAttempts {

	private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

	private final SubscriptionTable subscriptions;

	private final DeliveryTable deliveries;

	private final WebhookSender sender;

	private final PersonalDataCipher cipher;

	private final WebhookProperties properties;

	private final TenantTransactions inTenant;

	private final AuditTrail audit;

	private final Clock clock;

	DeliveryAttempts(SubscriptionTable subscriptions, DeliveryTable deliveries, WebhookSender sender,
			PersonalDataCipher cipher, WebhookProperties properties, TenantTransactions inTenant, AuditTrail audit,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.sender = sender;
		this.cipher = cipher;
		this.properties = properties;
		this.inTenant = inTenant;
		this.audit = audit;
		this.clock = clock;
	}

	/** Sends the delivery once and records what happened; @return the outcome, empty when its subscription is gone. */
	Optional<Outcome> attempt(Claimed delivery) {
		Optional<Target> target = subscriptions.target(delivery.tenantId(), delivery.subscriptionId());
		if (target.isEmpty()) {
			return Optional.empty();
		}
		Outcome outcome = sender.send(target.get().url(), cipher.decrypt(target.get().sealedSecret()), delivery.id(),
				delivery.eventType(), delivery.body());
		inTenant.run(delivery.tenantId(), () -> record(delivery, target.get(), outcome));
		return Optional.of(outcome);
	}

	private void record(Claimed delivery, Target target, Outcome outcome) {
		Instant now = clock.instant();
		deliveries.logAttempt(delivery.tenantId(), delivery.id(), now, outcome.statusCode(), outcome.error(),
				outcome.durationMs());
		if (outcome.succeeded()) {
			deliveries.delivered(delivery.id(), outcome.statusCode(), now);
			subscriptions.succeeded(target.id());
			if (target.status() == Status.DISABLED) {
				audit.recordChange("ENABLE", "WebhookSubscription", target.id(), Map.of("status", Status.DISABLED),
						Map.of("status", Status.ACTIVE, "delivery", delivery.id()));
			}
			return;
		}
		Instant next = now.plus(properties.retryDelay(delivery.attempts() + 1));
		deliveries.failed(delivery.id(), outcome.statusCode(), outcome.error(), now,
				next.isAfter(delivery.giveUpAt()) ? null : next);
		if (subscriptions.failed(target.id(), properties.disableAfterFailures(), now)) {
			log.warn("Webhook subscription {} of tenant {} disabled after {} failed attempts in a row", target.id(),
					delivery.tenantId(), properties.disableAfterFailures());
			audit.recordChange("DISABLE", "WebhookSubscription", target.id(), Map.of("status", Status.ACTIVE),
					Map.of("status", Status.DISABLED, "failuresInARow", properties.disableAfterFailures()));
		}
	}
}
