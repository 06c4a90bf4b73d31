package io.renloop.recruitment.internal;

import io.renloop.platform.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases, once a day, every candidate whose retention period has ended, tenant by tenant as that tenant's
 * system actor, one candidate per transaction. Their anonymous applications stay.
 */
@Component
class CandidateRetentionJob {

	private static final Logger log = LoggerFactory.getLogger(CandidateRetentionJob.class);

	private final JdbcTemplate jdbc;

	private final CandidateRepository candidates;

	private final CandidateErasure erasure;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CandidateRetentionJob(JdbcTemplate jdbc, CandidateRepository candidates, CandidateErasure erasure,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.erasure = erasure;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${renloop.recruitment.retention-cron:0 30 3 * * *}")
	@SchedulerLock(name = "recruitment.candidate-retention")
	void eraseExpired() {
		int erased = eraseExpiredBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
		if (erased > 0) {
			log.info("Erased {} candidates whose retention period ended", erased);
		}
	}

	/**
	 * Erases the candidates whose retain-until date lies before {@code today}.
	 * @return how many were erased
	 */
	int eraseExpiredBefore(LocalDate today) {
		List<String> tenants = jdbc.queryForList("""
				select distinct tenant_id from recruitment.candidate
				where erased_at is null and retain_until < ?""", String.class, today);
		int erased = 0;
		for (String tenant : tenants) {
			erased += SystemActor.callAs(tenant, () -> eraseInTenant(today));
		}
		return erased;
	}

	private int eraseInTenant(LocalDate today) {
		List<UUID> expired = transactions.execute(status -> candidates.findByRetainUntilBeforeAndErasedAtIsNull(today)
			.stream()
			.map(Candidate::id)
			.toList());
		expired.forEach(id -> transactions.executeWithoutResult(
				status -> erasure.erase(id, CandidateErasure.Cause.RETENTION_EXPIRED)));
		return expired.size();
	}
}
