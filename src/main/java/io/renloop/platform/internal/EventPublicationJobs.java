package io.renloop.platform.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event publication registry's scheduled upkeep, each run on one node.
 * <ul>
 * <li>Publications still incomplete after a while (their listener failed, or the instance stopped while
 * delivering) are handed to their listeners again, so that one failure does not stop the loop for good. The
 * listeners are idempotent, which makes a second delivery of a publication that was merely slow harmless.</li>
 * <li>Publications delivered longer ago than {@code renloop.events.keep-completed} (7 days unless set) are deleted
 * nightly: every hop of the loop leaves a row, and a tenant of 100,000 people would otherwise grow the table by
 * millions a year. Incomplete and failed ones are never deleted; operators see the completed ones of the last days
 * at {@code GET /api/v1/admin/event-publications?state=COMPLETED}.</li>
 * </ul>
 */
@Component
class EventPublicationJobs {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationJobs.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Duration resubmitOlderThan;

	private final Duration keepCompleted;

	EventPublicationJobs(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			@Value("${renloop.events.resubmit-older-than:PT5M}") Duration resubmitOlderThan,
			@Value("${renloop.events.keep-completed:P7D}") Duration keepCompleted) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.resubmitOlderThan = resubmitOlderThan;
		this.keepCompleted = keepCompleted;
	}

	@Scheduled(cron = "${renloop.events.resubmit-cron:0 */5 * * * *}")
	@SchedulerLock(name = "platform.event-resubmission")
	void resubmitOutstanding() {
		incomplete.resubmitIncompletePublicationsOlderThan(resubmitOlderThan);
	}

	@Scheduled(cron = "${renloop.events.prune-cron:0 50 3 * * *}")
	@SchedulerLock(name = "platform.event-publication-pruning")
	void pruneCompleted() {
		completed.deletePublicationsOlderThan(keepCompleted);
		log.info("Deleted the event publications completed more than {} ago", keepCompleted);
	}
}
