package io.renloop.platform.internal;

import io.renloop.platform.MailMessage;
import io.renloop.platform.MailMessage.Attachment;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends messages through the SMTP server of the standard {@code spring.mail.*} settings. Without
 * {@code spring.mail.host} Spring Boot creates no mail sender, and messages are reported as not sent.
 */
@Component
class SmtpMailTransport {

	/** What became of a message. */
	enum Outcome {
		SENT, NOT_SENT, FAILED
	}

	private final JavaMailSender sender;

	private final String from;

	@Autowired
	SmtpMailTransport(ObjectProvider<JavaMailSender> sender,
			@Value("${renloop.mail.from:Renloop <no-reply@renloop.local>}") String from) {
		this(sender.getIfAvailable(), from);
	}

	SmtpMailTransport(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	/**
	 * @return SENT once the server accepted the message, NOT_SENT when no server is configured
	 * @throws org.springframework.mail.MailException when the server cannot be reached or refuses the message
	 */
	Outcome deliver(MailMessage message) {
		if (sender == null) {
			return Outcome.NOT_SENT;
		}
		sender.send(mime(message));
		return Outcome.SENT;
	}

	private MimeMessage mime(MailMessage message) {
		MimeMessage mime = sender.createMimeMessage();
		try {
			boolean multipart = message.html() != null || !message.attachments().isEmpty();
			MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(message.to());
			helper.setSubject(message.subject());
			if (message.html() != null) {
				helper.setText(message.text(), message.html());
			}
			else {
				helper.setText(message.text());
			}
			for (Attachment attachment : message.attachments()) {
				helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			return mime;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Cannot build the message to " + message.to(), ex);
		}
	}
}
