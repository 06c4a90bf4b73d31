package io.renloop.platform.internal;

import io.renloop.platform.MailMessage;
import io.renloop.platform.MessageChannel;
import io.renloop.platform.internal.SmtpMailTransport.Outcome;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Work notices by e-mail to the login's address, through the same SMTP transport as every other e-mail. */
@Component
class EmailNotices implements NoticeChannelAdapter {

	private final SmtpMailTransport transport;

	private final JdbcTemplate jdbc;

	EmailNotices(SmtpMailTransport transport, JdbcTemplate jdbc) {
		this.transport = transport;
		this.jdbc = jdbc;
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.EMAIL;
	}

	@Override
	public Optional<String> address(String tenantId, UUID userId) {
		return jdbc.queryForList("select email from platform.user_account where tenant_id = ? and id = ?",
				String.class, tenantId, userId).stream().findFirst();
	}

	@Override
	public TextDelivery deliver(NoticeEnvelope envelope) {
		Outcome outcome = transport.deliver(MailMessage.plain(envelope.tenantId(), envelope.address(),
				envelope.title(), envelope.text() + "\n\n" + envelope.openLabel() + ": " + envelope.url()));
		return switch (outcome) {
			case SENT -> TextDelivery.sent();
			case NOT_SENT -> TextDelivery.notConfigured("spring.mail.host");
			case FAILED -> TextDelivery.failed("the mail server refused the message");
		};
	}
}
