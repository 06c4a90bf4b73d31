package io.renloop.platform.internal;

import io.renloop.platform.MailMessage;
import io.renloop.platform.internal.SmtpMailTransport.Outcome;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers a message once the transaction that queued it has committed: keeps a copy in the developer outbox
 * (demo mode only), hands the message to SMTP and records the outcome. Nothing here throws: a mail problem
 * must never undo or fail the business change that caused the message. The records are written in transactions of
 * their own, since the queuing transaction is already committed.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final SmtpMailTransport transport;

	private final MailDeliveries deliveries;

	private final ObjectProvider<JdbcDevOutbox> outbox;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	MailDispatcher(SmtpMailTransport transport, MailDeliveries deliveries, ObjectProvider<JdbcDevOutbox> outbox,
			PlatformTransactionManager transactions, Clock clock) {
		this.transport = transport;
		this.deliveries = deliveries;
		this.outbox = outbox;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Keeps, sends and records one message; called after the queuing transaction committed. */
	void dispatch(MailMessage message) {
		keepInOutbox(message);
		Outcome outcome;
		String error = null;
		try {
			outcome = transport.deliver(message);
			if (outcome == Outcome.NOT_SENT) {
				log.info("An e-mail was not sent: no mail server is configured (spring.mail.host)");
			}
		}
		catch (RuntimeException ex) {
			outcome = Outcome.FAILED;
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			log.warn("An e-mail failed: {}", ex.getClass().getSimpleName());
		}
		record(message, outcome, error);
	}

	private void keepInOutbox(MailMessage message) {
		outbox.ifAvailable(box -> {
			try {
				ownTransaction.executeWithoutResult(status -> box.keep(message, clock.instant()));
			}
			catch (RuntimeException ex) {
				log.warn("An e-mail could not be kept in the developer outbox", ex);
			}
		});
	}

	private void record(MailMessage message, Outcome outcome, String error) {
		try {
			ownTransaction.executeWithoutResult(status -> deliveries.record(message, outcome, error, clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("The delivery of an e-mail could not be recorded", ex);
		}
	}
}
