package io.renloop.platform.internal;

import io.renloop.platform.MessageChannel;
import io.renloop.platform.internal.NoticeChannelAdapter.NoticeEnvelope;
import io.renloop.platform.internal.NoticeTable.Due;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one dispatcher of work notices (ADR 0041): claims due rows of {@code platform.work_notice}, hands each to
 * its channel's adapter and records the outcome. A failure is tried again after a back-off that doubles from
 * {@code renloop.notices.first-retry} (capped at six hours) until {@code renloop.notices.max-attempts}; the rows
 * are the queue, so a restart or a dead node loses nothing. Runs every few seconds on one node (ShedLock) and at
 * once after a transaction queued a notice; concurrent runs never take the same row ({@code skip locked}).
 */
@Component
class NoticeWorker {

	private static final Logger log = LoggerFactory.getLogger(NoticeWorker.class);

	private static final Duration LONGEST_WAIT = Duration.ofHours(6);

	private static final int BATCH = 50;

	private final NoticeTable table;

	private final Map<MessageChannel, NoticeChannelAdapter> adapters = new EnumMap<>(MessageChannel.class);

	private final NoticeLinks links;

	private final MessageSource messages;

	private final NoticeRecipients recipients;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration firstRetry;

	private final int maxAttempts;

	private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "work-notices");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean nudged = new AtomicBoolean();

	NoticeWorker(NoticeTable table, List<NoticeChannelAdapter> adapters, NoticeLinks links, MessageSource messages,
			NoticeRecipients recipients, PlatformTransactionManager transactions, Clock clock,
			@Value("${renloop.notices.first-retry:30s}") Duration firstRetry,
			@Value("${renloop.notices.max-attempts:10}") int maxAttempts) {
		this.table = table;
		adapters.forEach(adapter -> this.adapters.put(adapter.channel(), adapter));
		this.links = links;
		this.messages = messages;
		this.recipients = recipients;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.firstRetry = firstRetry;
		this.maxAttempts = Math.max(1, maxAttempts);
	}

	@Scheduled(fixedDelayString = "${renloop.notices.poll:PT15S}", initialDelayString = "${renloop.notices.poll:PT15S}")
	@SchedulerLock(name = "platform.work-notices")
	void deliverOnSchedule() {
		deliverDue();
	}

	/** Delivers soon on a thread of its own, so that the request that queued a notice never waits for WeCom. */
	void nudge() {
		if (nudged.compareAndSet(false, true)) {
			nudges.execute(() -> {
				nudged.set(false);
				try {
					deliverDue();
				}
				catch (RuntimeException ex) {
					log.warn("Work notices could not be delivered now; the schedule tries again", ex);
				}
			});
		}
	}

	/** Delivers every due notice, batch by batch; returns how many attempts were made. */
	int deliverDue() {
		int attempts = 0;
		List<Due> batch;
		do {
			Instant now = clock.instant();
			batch = transaction.execute(status -> table.claimDue(now, BATCH, this::retryAt));
			for (Due due : batch) {
				deliver(due);
			}
			attempts += batch.size();
		}
		while (batch.size() == BATCH);
		return attempts;
	}

	/** When the attempt after the given one is due: the first retry, doubled per attempt, at most six hours. */
	Instant retryAt(int attempt) {
		Duration wait = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
		return clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
	}

	private void deliver(Due due) {
		NoticeChannelAdapter adapter = adapters.get(due.channel());
		TextDelivery delivery;
		try {
			delivery = adapter.address(due.tenantId(), due.userId())
				.map(address -> adapter.deliver(envelope(due, address)))
				.orElseGet(() -> TextDelivery.notConfigured(due.channel() + " identity of the login"));
		}
		catch (RuntimeException ex) {
			delivery = TextDelivery.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		boolean last = due.attempts() >= maxAttempts;
		switch (delivery.status()) {
			case SENT -> log.debug("Work notice {} sent by {}", due.id(), due.channel());
			case NOT_CONFIGURED -> log.info("Work notice {} not sent by {}: {}", due.id(), due.channel(), delivery.error());
			case FAILED -> log.warn("Work notice {} by {} failed (attempt {}{}): {}", due.id(), due.channel(),
					due.attempts(), last ? ", the last" : "", delivery.error());
		}
		TextDelivery outcome = delivery;
		transaction.executeWithoutResult(status -> table.recordOutcome(due.id(), outcome, last, clock.instant()));
	}

	private NoticeEnvelope envelope(Due due, String address) {
		Locale locale = recipients.localeOf(due.userId());
		return new NoticeEnvelope(due.tenantId(), address, due.title(), due.text(),
				links.urlFor(due.channel(), due.tenantId(), due.link()),
				messages.getMessage("notice.open", null, locale));
	}
}
