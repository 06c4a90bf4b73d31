package io.renloop.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One e-mail to one recipient of a tenant: a plain text body, optionally an HTML alternative, and attachments.
 *
 * @param tenantId the tenant on whose behalf the message is sent
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain text body, always present
 * @param html an HTML alternative of the body, or null
 * @param attachments files sent with the message, possibly none
 */
public record MailMessage(String tenantId, String to, String subject, String text, String html,
		List<Attachment> attachments) {

	public MailMessage {
		requireText(tenantId, "tenantId");
		requireText(to, "to");
		requireText(subject, "subject");
		Objects.requireNonNull(text, "text");
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A plain text message without attachments. */
	public static MailMessage plain(String tenantId, String to, String subject, String text) {
		return new MailMessage(tenantId, to, subject, text, null, List.of());
	}

	/** This message with one more attachment. */
	public MailMessage with(Attachment attachment) {
		List<Attachment> more = new ArrayList<>(attachments);
		more.add(attachment);
		return new MailMessage(tenantId, to, subject, text, html, more);
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

	/**
	 * @param name the file name the recipient sees
	 * @param contentType the MIME type, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
	 * @param content the bytes of the file
	 */
	public record Attachment(String name, String contentType, byte[] content) {

		public Attachment {
			requireText(name, "name");
			requireText(contentType, "contentType");
			content = Objects.requireNonNull(content, "content").clone();
		}

		@Override
		public byte[] content() {
			return content.clone();
		}
	}
}
