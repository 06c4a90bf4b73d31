package io.renloop.openplatform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's settings of outbound webhooks ({@code renloop.webhooks}).
 *
 * @param allowPrivateTargets whether URLs may point at loopback, link-local, private or unique-local addresses
 * ({@code RENLOOP_WEBHOOKS_ALLOW_PRIVATE_TARGETS}); off, against server-side request forgery
 * @param pollInterval how often due deliveries are sent
 * @param firstRetryDelay the wait after the first failed attempt, doubled after each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param retryFor how long after its event a delivery is still tried
 * @param disableAfterFailures failed attempts in a row that disable a subscription
 * @param connectTimeout how long a receiver may take to accept the connection
 * @param responseTimeout how long a receiver may take to answer
 */
@ConfigurationProperties("renloop.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowPrivateTargets, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("30s") Duration firstRetryDelay, @DefaultValue("1h") Duration maxRetryDelay,
		@DefaultValue("24h") Duration retryFor, @DefaultValue("20") int disableAfterFailures,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration responseTimeout) {

	/** The wait after the given number of failed attempts (1 for the first): doubling, capped. */
	Duration retryDelay(int failedAttempts) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
		Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
		return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
	}
}
