package io.renloop.platform.internal;

import io.renloop.platform.MessageChannel;
import io.renloop.platform.NoticeTopic;
import io.renloop.platform.WorkNotices.NoticeDelivery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code platform.work_notice}: one row per notice and channel, the queue of the worker and the delivery record
 * at once. A claim moves the next attempt ahead before sending, so that a node dying mid-send leaves the row to be
 * tried again after the back-off, never lost and never sent by two nodes at once.
 */
@Component
class NoticeTable {

	/** A row as the worker needs it. */
	record Due(UUID id, String tenantId, UUID userId, MessageChannel channel, String title, String text, String link,
			int attempts) {
	}

	/** What a new row holds. */
	record NewNotice(String tenantId, UUID userId, MessageChannel channel, NoticeTopic topic, String dedupKey,
			String title, String text, String link) {
	}

	private final JdbcTemplate jdbc;

	NoticeTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether the row is new (false when the dedup key was queued before) */
	boolean insert(NewNotice notice, Instant now) {
		return jdbc.update("""
				insert into platform.work_notice (id, tenant_id, user_id, channel, topic, dedup_key, title, text, link,
				    status, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
				on conflict (tenant_id, user_id, channel, dedup_key) do nothing""", UUID.randomUUID(),
				notice.tenantId(), notice.userId(), notice.channel().name(), notice.topic().name(),
				cut(notice.dedupKey(), 200), cut(notice.title(), 200), cut(notice.text(), 2000), cut(notice.link(), 1000),
				Timestamp.from(now), Timestamp.from(now)) == 1;
	}

	/**
	 * Claims due rows (in the caller's transaction): counts the attempt and moves the next one to {@code retryAt}.
	 */
	List<Due> claimDue(Instant now, int limit, java.util.function.IntFunction<Instant> retryAt) {
		List<Due> due = jdbc.query("""
				select id, tenant_id, user_id, channel, title, text, link, attempts from platform.work_notice
				where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at limit ?
				for update skip locked""", (rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getString(2),
				rs.getObject(3, UUID.class), MessageChannel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
				rs.getString(7), rs.getInt(8) + 1), Timestamp.from(now), limit);
		for (Due row : due) {
			jdbc.update("update platform.work_notice set attempts = ?, next_attempt_at = ? where id = ?",
					row.attempts(), Timestamp.from(retryAt.apply(row.attempts())), row.id());
		}
		return due;
	}

	/** Records an attempt's outcome; a failure before the last attempt stays PENDING for its retry. */
	void recordOutcome(UUID id, TextDelivery delivery, boolean lastAttempt, Instant now) {
		String status = switch (delivery.status()) {
			case SENT -> "SENT";
			case NOT_CONFIGURED -> "NOT_CONFIGURED";
			case FAILED -> lastAttempt ? "FAILED" : "PENDING";
		};
		jdbc.update("""
				update platform.work_notice set status = ?, last_error = ?, sent_at = ? where id = ?""", status,
				delivery.error() == null ? null : cut(delivery.error(), 1000),
				delivery.status() == TextDelivery.Status.SENT ? Timestamp.from(now) : null, id);
	}

	List<NoticeDelivery> ofUser(String tenantId, UUID userId, int limit) {
		return jdbc.query("""
				select id, topic, channel, title, link, status, attempts, last_error, created_at, sent_at
				from platform.work_notice where tenant_id = ? and user_id = ?
				order by created_at desc, id limit ?""", (rs, i) -> view(rs), tenantId, userId, limit);
	}

	private static NoticeDelivery view(ResultSet rs) throws SQLException {
		Timestamp sentAt = rs.getTimestamp("sent_at");
		return new NoticeDelivery(rs.getObject("id", UUID.class), NoticeTopic.valueOf(rs.getString("topic")),
				MessageChannel.valueOf(rs.getString("channel")), rs.getString("title"), rs.getString("link"),
				rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant());
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
