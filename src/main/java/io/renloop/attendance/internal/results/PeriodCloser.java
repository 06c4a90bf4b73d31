package io.renloop.attendance.internal.results;

import io.renloop.attendance.AttendancePeriodClosed;
import io.renloop.attendance.DailyResult;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.TenantTransactions;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs a close in the background: the month's employees in chunks, each chunk's inputs read in a few queries,
 * computed in memory and written with one array insert, all in one transaction so a failed close leaves nothing
 * half-frozen. The closed event is published in the same transaction, so the event publication registry keeps it
 * until payroll has handled it.
 */
@Component
class PeriodCloser {

	private static final Logger log = LoggerFactory.getLogger(PeriodCloser.class);

	static final int CHUNK = 2_000;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "attendance-close");
		thread.setDaemon(true);
		return thread;
	});

	private final DailyComputation computation;

	private final FrozenResults frozen;

	private final PeriodStates periods;

	private final CloseJobTable jobs;

	private final EmployeeDirectory directory;

	private final TenantTransactions transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeriodCloser(DailyComputation computation, FrozenResults frozen, PeriodStates periods, CloseJobTable jobs,
			EmployeeDirectory directory, TenantTransactions transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.computation = computation;
		this.frozen = frozen;
		this.periods = periods;
		this.jobs = jobs;
		this.directory = directory;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	void start(UUID jobId, String tenantId, YearMonth period, String closedBy) {
		executor.submit(() -> run(jobId, tenantId, period, closedBy));
	}

	private void run(UUID jobId, String tenantId, YearMonth period, String closedBy) {
		long started = System.nanoTime();
		try {
			int employees = transactions.call(tenantId, () -> closeNow(jobId, tenantId, period, closedBy));
			jobs.finish(jobId, "SUCCEEDED", null);
			log.info("Attendance {} of tenant {} closed: {} employees in {} ms", period, tenantId, employees,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.error("Closing attendance {} of tenant {} failed", period, tenantId, ex);
			jobs.finish(jobId, "FAILED", String.valueOf(ex.getMessage()).substring(0,
					Math.min(500, String.valueOf(ex.getMessage()).length())));
		}
	}

	/** Closes the month in the caller's transaction and returns how many employees it froze. */
	int closeNow(UUID jobId, String tenantId, YearMonth period, String closedBy) {
		String key = period.toString();
		List<UUID> ids = directory.employedBetween(period.atDay(1), period.atEndOfMonth())
			.stream()
			.map(EmployeeDirectory.Entry::id)
			.toList();
		frozen.delete(tenantId, key);
		jobs.progress(jobId, 0, ids.size());
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			Map<UUID, List<DailyResult>> results = computation.compute(tenantId, chunk, period.atDay(1),
					period.atEndOfMonth());
			frozen.write(tenantId, key, results);
			jobs.progress(jobId, from + chunk.size(), ids.size());
		}
		Instant now = clock.instant();
		periods.markClosed(tenantId, key, now, closedBy);
		events.publishEvent(new AttendancePeriodClosed(tenantId, key, ids.size(), now));
		return ids.size();
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
