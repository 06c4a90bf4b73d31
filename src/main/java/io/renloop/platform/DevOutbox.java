package io.renloop.platform;

import io.renloop.shared.PageView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The developer outbox of demo mode: every outgoing message of the current tenant, so that a person trying the
 * demo can follow links and codes without a mail server. The bean exists only when {@code renloop.demo=true}.
 */
public interface DevOutbox {

	/** Messages of the current tenant, newest first. */
	PageView<OutboxMessage> messages(int page, int size);

	/**
	 * @param id the stored message
	 * @param channel how it went out: EMAIL (SMS and robot messages later)
	 * @param to the recipient
	 * @param subject the subject line
	 * @param text the plain text body
	 * @param attachments the names of the attached files
	 * @param createdAt when it was handed over for sending
	 */
	record OutboxMessage(UUID id, String channel, String to, String subject, String text, List<String> attachments,
			Instant createdAt) {
	}
}
