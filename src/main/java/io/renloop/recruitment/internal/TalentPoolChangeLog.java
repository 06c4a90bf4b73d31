package io.renloop.recruitment.internal;

import io.renloop.recruitment.ApplicationReceived;
import io.renloop.recruitment.CandidateErased;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ordered log of candidates whose place in the talent pool may have changed, written in the transaction of the
 * change itself, so that a change is logged exactly when it commits. Every node follows the log with its own index
 * ({@link TalentPoolFollower}).
 */
@Component
class TalentPoolChangeLog {

	/** How long a change stays in the log: a node down for longer rebuilds its index instead of catching up. */
	static final Duration KEPT = Duration.ofDays(7);

	private final JdbcTemplate jdbc;

	TalentPoolChangeLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ApplicationReceived received) {
		record(received.tenantId(), received.candidateId());
	}

	@EventListener
	void on(CandidateErased erased) {
		record(erased.tenantId(), erased.candidateId());
	}

	void record(String tenantId, UUID candidateId) {
		jdbc.update("insert into recruitment.talent_pool_change (tenant_id, candidate_id) values (?, ?)", tenantId,
				candidateId);
	}

	/** The changes after {@code seq} and those numbered {@code gaps} (in order), at most {@code limit}. */
	List<TalentPoolChange> after(long seq, Collection<Long> gaps, int limit) {
		Long[] missing = gaps.toArray(Long[]::new);
		return jdbc.query("""
				select seq, tenant_id, candidate_id from recruitment.talent_pool_change
				where seq > ? or seq = any (?) order by seq limit ?""",
				(rs, row) -> new TalentPoolChange(rs.getLong("seq"), rs.getString("tenant_id"),
						rs.getObject("candidate_id", UUID.class)),
				seq, missing, limit);
	}

	/** The number of the newest change, 0 when there is none. */
	long latest() {
		return jdbc.queryForObject("select coalesce(max(seq), 0) from recruitment.talent_pool_change", Long.class);
	}

	/** The number of the oldest change still kept, 0 when there is none. */
	long oldest() {
		return jdbc.queryForObject("select coalesce(min(seq), 0) from recruitment.talent_pool_change", Long.class);
	}

	/** The oldest change made since {@code since}, or {@code latest() + 1} when there is none. */
	long firstSince(Instant since) {
		return jdbc.queryForObject("""
				select coalesce(min(seq), (select coalesce(max(seq), 0) + 1 from recruitment.talent_pool_change))
				from recruitment.talent_pool_change where changed_at >= ?""", Long.class, Timestamp.from(since));
	}

	/** Drops the changes older than {@link #KEPT}, always keeping the newest, whose number tells where the log is. */
	int prune(Instant now) {
		return jdbc.update("""
				delete from recruitment.talent_pool_change
				where changed_at < ? and seq < (select max(seq) from recruitment.talent_pool_change)""",
				Timestamp.from(now.minus(KEPT)));
	}

	/** One logged change: the candidate to re-read and index, or drop from the index. */
	record TalentPoolChange(long seq, String tenantId, UUID candidateId) {
	}
}
