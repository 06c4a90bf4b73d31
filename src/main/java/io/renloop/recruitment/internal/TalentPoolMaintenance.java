package io.renloop.recruitment.internal;

import io.renloop.platform.SystemActor;
import io.renloop.recruitment.ApplicationReceived;
import io.renloop.recruitment.CandidateErased;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import io.renloop.recruitment.internal.talentpool.TalentProfile;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's talent-pool index in step with the database. Changes reach it through the change log, which
 * every node follows ({@link TalentPoolFollower}); the whole index is rebuilt on start-up when it is missing, was
 * built from another database, or fell behind the pruned log, and on request.
 */
@Component
class TalentPoolMaintenance {

	private static final Logger log = LoggerFactory.getLogger(TalentPoolMaintenance.class);

	private final ObjectProvider<TalentPoolIndex> index;

	private final TalentPoolEntries entries;

	private final TalentPoolChangeLog changes;

	private final TalentPoolFollower follower;

	private final TalentPoolBuildMarker marker;

	private final MatchingBackground background;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	TalentPoolMaintenance(ObjectProvider<TalentPoolIndex> index, TalentPoolEntries entries,
			TalentPoolChangeLog changes, TalentPoolFollower follower, TalentPoolBuildMarker marker,
			MatchingBackground background, JdbcTemplate jdbc, Clock clock) {
		this.index = index;
		this.entries = entries;
		this.changes = changes;
		this.follower = follower;
		this.marker = marker;
		this.background = background;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Opens the index in the background, so that a node whose index cannot be opened (e.g. locked by another
	 * process on the same data directory) still starts, and logs why its talent pool lags.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildWhenStale() {
		background.run("talent-pool start-up", () -> {
			if (!marker.isCurrent() || index.getObject().appliedChange() < changes.oldest() - 1) {
				requestRebuild();
			}
			else {
				follower.start();
			}
		});
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ApplicationReceived received) {
		follower.wake();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CandidateErased erased) {
		follower.wake();
	}

	/** Drops changes every node has long applied; a node away for longer rebuilds its index when it comes back. */
	@Scheduled(cron = "${renloop.talent-pool.prune-cron:0 40 3 * * *}")
	@SchedulerLock(name = "recruitment.talent-pool-change-pruning")
	void pruneChanges() {
		int pruned = changes.prune(clock.instant());
		log.info("Pruned {} talent-pool changes older than {}", pruned, TalentPoolChangeLog.KEPT);
	}

	/** Starts a rebuild in the background unless one is running. */
	void requestRebuild() {
		if (rebuilding.compareAndSet(false, true)) {
			background.run("talent-pool rebuild", () -> {
				try {
					follower.rebuildWith(this::rebuild);
				}
				finally {
					rebuilding.set(false);
				}
			});
		}
	}

	/**
	 * Rebuilds the whole index from the candidates of every tenant, each tenant read in its own tenant context.
	 * Listing the tenants is the one query that looks across them.
	 */
	private void rebuild() {
		long started = System.nanoTime();
		List<String> tenants = jdbc.queryForList("select distinct tenant_id from recruitment.candidate", String.class);
		index.getObject().rebuild(tenants.stream().flatMap(this::profilesOf));
		marker.markCurrent();
		log.info("Talent pool rebuilt for {} tenants in {} ms, {} profiles", tenants.size(),
				(System.nanoTime() - started) / 1_000_000, index.getObject().size());
	}

	private Stream<TalentProfile> profilesOf(String tenantId) {
		return SystemActor.callAs(tenantId, () -> entries.entriesOf(tenantId)).stream();
	}
}
