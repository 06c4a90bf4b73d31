package io.renloop.platform.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications that were delivered longer ago than {@code renloop.events.keep-completed} (7 days
 * unless set), once a night on one node: every hop of the loop leaves a row, and a tenant of 100,000 people would
 * otherwise grow the table by millions a year. Incomplete and failed publications are never deleted; operators
 * see the completed ones of the last days at {@code GET /api/v1/admin/event-publications?state=COMPLETED}.
 */
@Component
class CompletedEventPruningJob {

	private static final Logger log = LoggerFactory.getLogger(CompletedEventPruningJob.class);

	private final CompletedEventPublications completed;

	private final Duration keep;

	CompletedEventPruningJob(CompletedEventPublications completed,
			@Value("${renloop.events.keep-completed:P7D}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Scheduled(cron = "${renloop.events.prune-cron:0 50 3 * * *}")
	@SchedulerLock(name = "platform.event-publication-pruning")
	void pruneCompleted() {
		completed.deletePublicationsOlderThan(keep);
		log.info("Deleted the event publications completed more than {} ago", keep);
	}
}
