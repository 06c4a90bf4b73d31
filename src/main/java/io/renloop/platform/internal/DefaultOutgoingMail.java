package io.renloop.platform.internal;

import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Hands messages over as an event; {@link MailDispatcher} delivers them after the caller's transaction commits.
 */
@Service
class DefaultOutgoingMail implements OutgoingMail {

	private final ApplicationEventPublisher events;

	DefaultOutgoingMail(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void send(MailMessage message) {
		events.publishEvent(new MailQueued(message));
	}
}
