package io.renloop.openplatform.internal;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due webhook deliveries of every tenant, one node at a time: claimed in batches (a claim pushes the next
 * attempt out by a lease, so a node dying mid-send leaves the delivery to a later round), each attempt recorded on
 * its own.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	static final int BATCH = 20;

	/** Longer than an attempt can take (connect and response timeouts). */
	static final Duration LEASE = Duration.ofMinutes(10);

	private final DeliveryTable deliveries;

	private final DeliveryAttempts attempts;

	private final Clock clock;

	DeliveryWorker(DeliveryTable deliveries, DeliveryAttempts attempts, Clock clock) {
		this.deliveries = deliveries;
		this.attempts = attempts;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${renloop.webhooks.poll-interval:PT5S}")
	@SchedulerLock(name = "openplatform.webhook-deliveries", lockAtMostFor = "PT15M")
	void deliverDue() {
		for (DeliveryTable.Claimed delivery : deliveries.claimDue(clock.instant(), BATCH, LEASE)) {
			try {
				attempts.attempt(delivery);
			}
			catch (RuntimeException ex) {
				log.warn("Webhook delivery {} of tenant {} could not be attempted", delivery.id(), delivery.tenantId(),
						ex);
			}
		}
	}
}
