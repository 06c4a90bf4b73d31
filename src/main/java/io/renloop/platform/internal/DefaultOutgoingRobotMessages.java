package io.renloop.platform.internal;

import io.renloop.platform.DevOutbox.Channel;
import io.renloop.platform.OutgoingRobotMessages;
import io.renloop.platform.RobotMessage;
import org.springframework.stereotype.Service;

/** Posts group robot messages through {@link WeComRobotWebhook} after the caller's transaction has committed. */
@Service
class DefaultOutgoingRobotMessages implements OutgoingRobotMessages {

	private final TextMessageDispatcher dispatcher;

	private final WeComRobotWebhook webhook;

	DefaultOutgoingRobotMessages(TextMessageDispatcher dispatcher, WeComRobotWebhook webhook) {
		this.dispatcher = dispatcher;
		this.webhook = webhook;
	}

	@Override
	public void send(RobotMessage message) {
		String recipient = WeComRobotWebhook.recipientOf(message);
		AfterCommit.run(() -> dispatcher.dispatch(message.tenantId(), Channel.ROBOT, recipient, recipient,
				message.text(), () -> webhook.deliver(message)));
	}
}
