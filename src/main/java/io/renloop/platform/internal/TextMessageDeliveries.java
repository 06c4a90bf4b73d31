package io.renloop.platform.internal;

import io.renloop.platform.DevOutbox.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of what became of each SMS and robot message in {@code platform.message_delivery}: the recipient
 * masked and the outcome, never the text (which may hold a one-time code or a signed link).
 */
@Component
class TextMessageDeliveries {

	private final JdbcTemplate jdbc;

	TextMessageDeliveries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(String tenantId, Channel channel, String maskedRecipient, TextDelivery delivery, Instant at) {
		jdbc.update("""
				insert into platform.message_delivery (id, tenant_id, channel, recipient, status, error, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), tenantId, channel.name(), cut(maskedRecipient, 320),
				delivery.status().name(), delivery.error() == null ? null : cut(delivery.error(), 1000),
				Timestamp.from(at));
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
