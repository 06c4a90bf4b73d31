package io.renloop.platform.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands event publications that are still incomplete after a while (their listener failed, or the instance stopped
 * while delivering) to their listeners again, so that one failure does not stop the loop for good. The listeners are
 * idempotent, which makes a second delivery of a publication that was merely slow harmless.
 */
@Component
class EventResubmissionJob {

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	EventResubmissionJob(IncompleteEventPublications incomplete,
			@Value("${renloop.events.resubmit-older-than:PT5M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(cron = "${renloop.events.resubmit-cron:0 */5 * * * *}")
	@SchedulerLock(name = "platform.event-resubmission")
	void resubmitOutstanding() {
		incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
	}
}
