package io.renloop.platform;

import io.renloop.shared.PageView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The developer outbox of demo mode: every outgoing message of the current tenant (e-mail, SMS, group robot
 * messages and work notices), so that a person trying the demo can follow links and codes without a mail server or an SMS gateway.
 * The bean exists only when {@code renloop.demo=true}.
 */
public interface DevOutbox {

	/** How a message went out. */
	enum Channel {
		EMAIL, SMS, ROBOT, WECOM, DINGTALK
	}

	/**
	 * Messages of the current tenant, newest first.
	 * @param channel only the messages of this channel, or null for all
	 */
	PageView<OutboxMessage> messages(Channel channel, int page, int size);

	/** Messages of every channel of the current tenant, newest first. */
	default PageView<OutboxMessage> messages(int page, int size) {
		return messages(null, page, size);
	}

	/**
	 * @param id the stored message
	 * @param channel how it went out: EMAIL, SMS, ROBOT, WECOM or DINGTALK (see {@link Channel})
	 * @param to the recipient: an e-mail address, a mobile number, or the robot ({@code wecom:tenant} for the
	 * tenant's configured robot, {@code wecom:ab12…} for a group's robot key, shortened)
	 * @param subject the subject line of an e-mail; null for SMS and robot messages
	 * @param text the plain text body
	 * @param attachments the names of the attached files (e-mail only)
	 * @param createdAt when it was handed over for sending
	 */
	record OutboxMessage(UUID id, String channel, String to, String subject, String text, List<String> attachments,
			Instant createdAt) {
	}
}
