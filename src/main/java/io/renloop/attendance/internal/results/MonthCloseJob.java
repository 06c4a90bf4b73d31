package io.renloop.attendance.internal.results;

import io.renloop.attendance.AttendancePeriodClosed;
import io.renloop.attendance.DailyResult;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BackgroundJobHandler;
import io.renloop.platform.JobExecution;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a month close as a platform background job. The month's employees (ordered by id) go in chunks; each chunk
 * replaces its employees' frozen rows and checkpoints its progress in one transaction, so a resumed attempt goes on
 * after the last committed chunk and a repeated chunk writes the same rows again. The month is marked closed and
 * {@link AttendancePeriodClosed} published in {@link #completed}, in the transaction that completes the job, so
 * payroll hears of it exactly once and only when every employee is frozen; until then readers keep the live results.
 */
@Component
class MonthCloseJob implements BackgroundJobHandler {

	static final String TYPE = "attendance.month-close";

	static final int CHUNK = 2_000;

	private static final Logger log = LoggerFactory.getLogger(MonthCloseJob.class);

	private final DailyComputation computation;

	private final FrozenResults frozen;

	private final PeriodStates periods;

	private final EmployeeDirectory directory;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	MonthCloseJob(DailyComputation computation, FrozenResults frozen, PeriodStates periods,
			EmployeeDirectory directory, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.computation = computation;
		this.frozen = frozen;
		this.periods = periods;
		this.directory = directory;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(JobExecution execution) {
		long started = System.nanoTime();
		YearMonth month = month(execution);
		String tenantId = execution.tenantId();
		List<UUID> ids = employees(month);
		int from = execution.processed() - execution.processed() % CHUNK;
		if (from == 0) {
			// rows of an earlier close of a reopened month, for employees no longer in it
			transactions.executeWithoutResult(tx -> frozen.delete(tenantId, month.toString()));
		}
		for (; from < ids.size(); from += CHUNK) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			int done = from + chunk.size();
			transactions.executeWithoutResult(tx -> {
				Map<UUID, List<DailyResult>> results = computation.compute(tenantId, chunk, month.atDay(1),
						month.atEndOfMonth());
				frozen.replace(tenantId, month.toString(), results);
				execution.checkpoint(done, Map.of("month", month.toString(), "employees", ids.size()));
			});
		}
		log.info("Attendance {} of tenant {}: {} employees frozen in {} ms (attempt {})", month, tenantId, ids.size(),
				(System.nanoTime() - started) / 1_000_000, execution.attempt());
	}

	@Override
	public void completed(JobExecution execution) {
		YearMonth month = month(execution);
		Instant now = clock.instant();
		int employees = execution.processed();
		periods.markClosed(execution.tenantId(), month.toString(), now, "job " + execution.jobId());
		audit.recordChange("CLOSED", "AttendancePeriod", month.toString(), null,
				Map.of("jobId", execution.jobId(), "employees", employees));
		events.publishEvent(new AttendancePeriodClosed(execution.tenantId(), month.toString(), employees, now));
	}

	List<UUID> employees(YearMonth month) {
		return directory.employedBetween(month.atDay(1), month.atEndOfMonth())
			.stream()
			.map(EmployeeDirectory.Entry::id)
			.toList();
	}

	private static YearMonth month(JobExecution execution) {
		return YearMonth.parse(execution.payload().get("month").asString());
	}
}
