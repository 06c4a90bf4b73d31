package io.renloop.platform.internal;

import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import org.springframework.stereotype.Service;

/**
 * Hands messages to {@link MailDispatcher} once the caller's transaction has committed (and drops them when it
 * rolls back), or at once outside a transaction. The message stays in memory until then: its body, which may hold
 * personal data or a candidate's signed link, is never written to the event publication registry.
 */
@Service
class DefaultOutgoingMail implements OutgoingMail {

	private final MailDispatcher dispatcher;

	DefaultOutgoingMail(MailDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Override
	public void send(MailMessage message) {
		AfterCommit.run(() -> dispatcher.dispatch(message));
	}
}
