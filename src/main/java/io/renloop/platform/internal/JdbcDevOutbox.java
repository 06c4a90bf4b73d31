package io.renloop.platform.internal;

import io.renloop.platform.DevOutbox;
import io.renloop.platform.MailMessage;
import io.renloop.platform.MailMessage.Attachment;
import io.renloop.platform.TenantContext;
import io.renloop.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The developer outbox in {@code platform.dev_outbox_message}; exists in demo mode only. */
@Service
@ConditionalOnProperty(name = "renloop.demo", havingValue = "true")
@Transactional(readOnly = true)
class JdbcDevOutbox implements DevOutbox {

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	JdbcDevOutbox(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Keeps a copy of an e-mail in its tenant's outbox. */
	void keep(MailMessage message, Instant at) {
		List<String> names = message.attachments().stream().map(Attachment::name).toList();
		insert(message.tenantId(), Channel.EMAIL, message.to(), message.subject(), message.text(), names, at);
	}

	/** Keeps a copy of a text message (SMS or robot), which has no subject and no attachments. */
	void keep(String tenantId, Channel channel, String recipient, String text, Instant at) {
		insert(tenantId, channel, recipient, null, text, List.of(), at);
	}

	private void insert(String tenantId, Channel channel, String recipient, String subject, String text,
			List<String> attachmentNames, Instant at) {
		jdbc.update("""
				insert into platform.dev_outbox_message
				    (id, tenant_id, channel, recipient, subject, text, attachment_names, created_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", UUID.randomUUID(), tenantId, channel.name(), recipient,
				subject, text, json.writeValueAsString(attachmentNames), Timestamp.from(at));
	}

	@Override
	public PageView<OutboxMessage> messages(Channel channel, int page, int size) {
		String tenantId = TenantContext.require();
		// a null channel matches every message
		String channelName = channel == null ? null : channel.name();
		Long total = jdbc.queryForObject("""
				select count(*) from platform.dev_outbox_message
				where tenant_id = ? and (cast(? as varchar) is null or channel = ?)""", Long.class, tenantId,
				channelName, channelName);
		List<OutboxMessage> content = jdbc.query("""
				select * from platform.dev_outbox_message
				where tenant_id = ? and (cast(? as varchar) is null or channel = ?)
				order by created_at desc, id limit ? offset ?""", (rs, i) -> view(rs), tenantId, channelName,
				channelName, size, (long) page * size);
		return PageView.of(content, page, size, total == null ? 0 : total);
	}

	private OutboxMessage view(ResultSet rs) throws SQLException {
		return new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("text"), json.readValue(rs.getString("attachment_names"), NAMES),
				rs.getTimestamp("created_at").toInstant());
	}
}
