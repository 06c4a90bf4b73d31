package io.renloop.platform.internal;

import io.renloop.platform.DevOutbox.Channel;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers an SMS or robot message once the transaction that queued it has committed, like
 * {@link MailDispatcher} for e-mail: keeps a copy in the developer outbox (demo mode only), hands the message to its
 * adapter and records the outcome, each record in a transaction of its own. Nothing here throws.
 */
@Component
class TextMessageDispatcher {

	private static final Logger log = LoggerFactory.getLogger(TextMessageDispatcher.class);

	private final TextMessageDeliveries deliveries;

	private final ObjectProvider<JdbcDevOutbox> outbox;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	TextMessageDispatcher(TextMessageDeliveries deliveries, ObjectProvider<JdbcDevOutbox> outbox,
			PlatformTransactionManager transactions, Clock clock) {
		this.deliveries = deliveries;
		this.outbox = outbox;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @param recipient the recipient in full, as the outbox shows it
	 * @param maskedRecipient the recipient as logs and delivery records show it
	 * @param adapter sends the message and tells what became of it
	 */
	void dispatch(String tenantId, Channel channel, String recipient, String maskedRecipient, String text,
			Supplier<TextDelivery> adapter) {
		keepInOutbox(tenantId, channel, recipient, text);
		TextDelivery delivery;
		try {
			delivery = adapter.get();
		}
		catch (RuntimeException ex) {
			delivery = TextDelivery.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		switch (delivery.status()) {
			case NOT_CONFIGURED -> log.info("{} in tenant {} not sent: {}", channel, tenantId, delivery.error());
			case FAILED -> log.warn("{} in tenant {} failed: {}", channel, tenantId, delivery.error());
			case SENT -> log.debug("{} in tenant {} sent", channel, tenantId);
		}
		record(tenantId, channel, maskedRecipient, delivery);
	}

	private void keepInOutbox(String tenantId, Channel channel, String recipient, String text) {
		outbox.ifAvailable(box -> {
			try {
				ownTransaction.executeWithoutResult(status -> box.keep(tenantId, channel, recipient, text,
						clock.instant()));
			}
			catch (RuntimeException ex) {
				log.warn("A message could not be kept in the developer outbox", ex);
			}
		});
	}

	private void record(String tenantId, Channel channel, String maskedRecipient, TextDelivery delivery) {
		try {
			ownTransaction.executeWithoutResult(
					status -> deliveries.record(tenantId, channel, maskedRecipient, delivery, clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("The delivery of a {} message could not be recorded", channel, ex);
		}
	}
}
