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
		jdbc.update("""
				insert into platform.dev_outbox_message
				    (id, tenant_id, channel, recipient, subject, text, attachment_names, created_at)
				values (?, ?, 'EMAIL', ?, ?, ?, ?::jsonb, ?)""", UUID.randomUUID(), message.tenantId(), message.to(),
				message.subject(), message.text(), json.writeValueAsString(names), Timestamp.from(at));
	}

	@Override
	public PageView<OutboxMessage> messages(int page, int size) {
		String tenantId = TenantContext.require();
		Long total = jdbc.queryForObject("select count(*) from platform.dev_outbox_message where tenant_id = ?",
				Long.class, tenantId);
		List<OutboxMessage> content = jdbc.query("""
				select * from platform.dev_outbox_message where tenant_id = ?
				order by created_at desc, id limit ? offset ?""", (rs, i) -> view(rs), tenantId, size,
				(long) page * size);
		return PageView.of(content, page, size, total == null ? 0 : total);
	}

	private OutboxMessage view(ResultSet rs) throws SQLException {
		return new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("text"), json.readValue(rs.getString("attachment_names"), NAMES),
				rs.getTimestamp("created_at").toInstant());
	}
}
