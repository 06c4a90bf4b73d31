package io.renloop.platform.internal;

import io.renloop.platform.DevOutbox.Channel;
import io.renloop.platform.OutgoingSms;
import io.renloop.platform.SmsMessage;
import io.renloop.shared.Masking;
import org.springframework.stereotype.Service;

/** Sends text messages through {@link HttpSmsGateway} after the caller's transaction has committed. */
@Service
class DefaultOutgoingSms implements OutgoingSms {

	private final TextMessageDispatcher dispatcher;

	private final HttpSmsGateway gateway;

	DefaultOutgoingSms(TextMessageDispatcher dispatcher, HttpSmsGateway gateway) {
		this.dispatcher = dispatcher;
		this.gateway = gateway;
	}

	@Override
	public void send(SmsMessage message) {
		AfterCommit.run(() -> dispatcher.dispatch(message.tenantId(), Channel.SMS, message.to(),
				Masking.phone(message.to()), message.text(), () -> gateway.deliver(message)));
	}
}
