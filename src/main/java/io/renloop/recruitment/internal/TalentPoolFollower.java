package io.renloop.recruitment.internal;

import io.renloop.platform.SystemActor;
import io.renloop.recruitment.internal.TalentPoolChangeLog.TalentPoolChange;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applies the talent-pool change log to this node's index, in order, every {@code renloop.talent-pool.follow-interval}
 * and at once after a local change commits. Every node runs its own follower (this is not a scheduled job that one
 * node runs for all: each node's index is its own), and records in the index's commit how far it got, so that a
 * restart catches up instead of rebuilding.
 */
@Component
class TalentPoolFollower implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TalentPoolFollower.class);

	private static final int BATCH = 500;

	private final TalentPoolChangeLog changes;

	private final Supplier<TalentPoolIndex> index;

	private final TalentPoolEntries entries;

	private final Clock clock;

	private final Duration interval;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "talent-pool-follower");
		thread.setDaemon(true);
		return thread;
	});

	private ChangeCursor cursor;

	private volatile boolean started;

	@Autowired
	TalentPoolFollower(TalentPoolChangeLog changes, ObjectProvider<TalentPoolIndex> index, TalentPoolEntries entries,
			Clock clock, @Value("${renloop.talent-pool.follow-interval:500ms}") Duration interval) {
		this(changes, index::getObject, entries, clock, interval);
	}

	TalentPoolFollower(TalentPoolChangeLog changes, Supplier<TalentPoolIndex> index, TalentPoolEntries entries,
			Clock clock, Duration interval) {
		this.changes = changes;
		this.index = index;
		this.entries = entries;
		this.clock = clock;
		this.interval = interval;
	}

	/** Follows the log from the position the index recorded in its last commit. */
	synchronized void start() {
		if (!started) {
			started = true;
			executor.scheduleWithFixedDelay(this::followQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Applies the latest changes soon, on the follower's thread (after a change committed on this node). */
	void wake() {
		if (started) {
			executor.execute(this::followQuietly);
		}
	}

	/** Applies the changes logged since the last call; returns how many it applied. */
	synchronized int follow() {
		if (cursor == null) {
			cursor = new ChangeCursor(index.get().appliedChange());
		}
		int applied = 0;
		List<TalentPoolChange> batch;
		do {
			batch = changes.after(cursor.position(), cursor.gaps(), BATCH);
			batch.forEach(this::apply);
			cursor.advance(batch.stream().map(TalentPoolChange::seq).toList(), clock.instant());
			applied += batch.size();
		}
		while (batch.size() == BATCH);
		if (applied > 0) {
			index.get().recordAppliedChange(cursor.safePoint());
		}
		return applied;
	}

	/**
	 * Runs {@code rebuild}, which reads everything from the database, while no change is applied, then follows the
	 * log from the changes of the last minute on (a change committed while the rebuild read may be missing from it;
	 * applying one twice is harmless).
	 */
	synchronized void rebuildWith(Runnable rebuild) {
		long since = changes.firstSince(clock.instant().minus(ChangeCursor.GAP_PATIENCE)) - 1;
		rebuild.run();
		index.get().recordAppliedChange(since);
		cursor = new ChangeCursor(since);
		start();
	}

	private void apply(TalentPoolChange change) {
		String candidateId = change.candidateId().toString();
		SystemActor.runAs(change.tenantId(),
				() -> entries.entryOf(change.tenantId(), change.candidateId())
					.ifPresentOrElse(index.get()::upsert, () -> index.get().delete(candidateId)));
	}

	private void followQuietly() {
		try {
			follow();
		}
		catch (RuntimeException ex) {
			log.warn("Applying talent-pool changes failed; trying again in {}", interval, ex);
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
