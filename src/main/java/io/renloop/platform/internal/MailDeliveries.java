package io.renloop.platform.internal;

import io.renloop.platform.MailMessage;
import io.renloop.platform.internal.SmtpMailTransport.Outcome;
import io.renloop.shared.Masking;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of what became of each outgoing e-mail: the recipient masked, the subject and the outcome, never the
 * body (which may hold personal data or a candidate's signed link).
 */
@Component
class MailDeliveries {

	private final JdbcTemplate jdbc;

	MailDeliveries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(MailMessage message, Outcome outcome, String error, Instant at) {
		jdbc.update("""
				insert into platform.mail_delivery (id, tenant_id, recipient, subject, status, error, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), message.tenantId(), cut(Masking.email(message.to()), 320),
				cut(message.subject(), 500), outcome.name(), error == null ? null : cut(error, 1000),
				Timestamp.from(at));
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
