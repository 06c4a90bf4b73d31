package io.renloop.recruitment.internal;

import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationReceived;
import io.renloop.recruitment.CandidateErased;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import io.renloop.recruitment.internal.talentpool.TalentProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the talent-pool index in step with the database: a candidate is (re)indexed after each application
 * commits, dropped when erased, and the whole index is rebuilt on start-up when it is missing or was built from
 * another database, and on request. Only candidates whose consent is given and whose retention has not ended are
 * indexed, and only those with resume text to find them by; the index hides them itself once their retention day
 * has passed.
 */
@Component
class TalentPoolMaintenance {

	private static final Logger log = LoggerFactory.getLogger(TalentPoolMaintenance.class);

	private final ObjectProvider<TalentPoolIndex> index;

	private final CandidateRepository candidates;

	private final CandidateProfiles profiles;

	private final TalentPoolBuildMarker marker;

	private final MatchingBackground background;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	TalentPoolMaintenance(ObjectProvider<TalentPoolIndex> index, CandidateRepository candidates,
			CandidateProfiles profiles, TalentPoolBuildMarker marker, MatchingBackground background,
			JdbcTemplate jdbc, Clock clock) {
		this.index = index;
		this.candidates = candidates;
		this.profiles = profiles;
		this.marker = marker;
		this.background = background;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildWhenStale() {
		if (!marker.isCurrent()) {
			requestRebuild();
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ApplicationReceived received) {
		background.runForCurrentTenant("indexing of candidate " + received.candidateId(),
				() -> upsert(received.candidateId()));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CandidateErased erased) {
		index.getObject().delete(erased.candidateId().toString());
	}

	/** Starts a rebuild in the background unless one is running. */
	void requestRebuild() {
		if (rebuilding.compareAndSet(false, true)) {
			background.run("talent-pool rebuild", () -> {
				try {
					rebuild();
				}
				finally {
					rebuilding.set(false);
				}
			});
		}
	}

	/** (Re)indexes one candidate of the current tenant, or drops them when they may no longer be kept. */
	void upsert(UUID candidateId) {
		String tenantId = TenantContext.require();
		candidates.findById(candidateId)
			.filter(this::keepable)
			.map(candidate -> profiles.forTalentPool(tenantId, candidate))
			.filter(TalentPoolMaintenance::searchable)
			.ifPresentOrElse(profile -> index.getObject().upsert(profile),
					() -> index.getObject().delete(candidateId.toString()));
	}

	/**
	 * Rebuilds the whole index from the candidates of every tenant, each tenant read in its own tenant context.
	 * Listing the tenants is the one query that looks across them.
	 */
	void rebuild() {
		long started = System.nanoTime();
		List<String> tenants = jdbc.queryForList("select distinct tenant_id from recruitment.candidate", String.class);
		index.getObject().rebuild(tenants.stream().flatMap(this::profilesOf));
		marker.markCurrent();
		log.info("Talent pool rebuilt for {} tenants in {} ms, {} profiles", tenants.size(),
				(System.nanoTime() - started) / 1_000_000, index.getObject().size());
	}

	private Stream<TalentProfile> profilesOf(String tenantId) {
		return SystemActor.callAs(tenantId,
				() -> candidates.findAll()
					.stream()
					.filter(this::keepable)
					.map(c -> profiles.forTalentPool(tenantId, c))
					.filter(TalentPoolMaintenance::searchable)
					.toList())
			.stream();
	}

	/** A profile without any text (the candidate sent no resume) has nothing to find it by. */
	private static boolean searchable(TalentProfile profile) {
		return !profile.text().isBlank();
	}

	/** Whether the candidate's consent allows keeping them in the pool today. */
	boolean keepable(Candidate candidate) {
		return candidate.consentGivenAt() != null
				&& !candidate.retainUntil().isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}
}
