package io.renloop.payroll.internal.run;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BackgroundJobHandler;
import io.renloop.platform.JobExecution;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calculates a payroll run as a platform background job: the employees (ordered by id) go in chunks, each chunk is
 * calculated on every core and written with its checkpoint in one transaction, so a resumed attempt goes on after
 * the last committed chunk and a chunk calculated twice replaces its rows — exactly one result per employee. While
 * a chunk is written, the next one is calculated.
 */
@Component
class PayrollCalculationJob implements BackgroundJobHandler {

	static final String TYPE = "payroll.calculate";

	static final int CHUNK = 2_000;

	private static final Logger log = LoggerFactory.getLogger(PayrollCalculationJob.class);

	private final RunStore runs;

	private final RunInputs inputs;

	private final PayslipStore payslips;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	PayrollCalculationJob(RunStore runs, RunInputs inputs, PayslipStore payslips, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.runs = runs;
		this.inputs = inputs;
		this.payslips = payslips;
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
		String tenantId = execution.tenantId();
		RunRow run = runOf(execution);
		RunInputs.Prepared prepared = inputs.prepare(tenantId, run);
		List<EmployeePay> employees = prepared.employees();
		int from = execution.processed() - execution.processed() % CHUNK;
		if (from == 0) {
			transactions.executeWithoutResult(tx -> payslips.deleteRun(tenantId, run.id()));
		}
		// the next chunk is calculated while the current one is written, so the cores and the database work together
		Function<PayResult, String> rows = result -> payslips.row(tenantId, run.id(), run.period(), result);
		CompletableFuture<PayslipStore.Rows> next = calculate(prepared, employees, from, rows);
		for (; from < employees.size(); from += CHUNK) {
			PayslipStore.Rows chunk = next.join();
			next = from + CHUNK < employees.size() ? calculate(prepared, employees, from + CHUNK, rows) : null;
			int done = Math.min(employees.size(), from + CHUNK);
			transactions.executeWithoutResult(tx -> {
				payslips.replace(tenantId, run.id(), chunk);
				execution.checkpoint(done, Map.of("runId", run.id(), "employees", employees.size()));
			});
		}
		log.info("Payroll run {} ({}) of tenant {}: {} employees in {} ms (attempt {})", run.id(), run.period(),
				tenantId, employees.size(), (System.nanoTime() - started) / 1_000_000, execution.attempt());
	}

	/** A chunk calculated and turned into rows on every core; a correction leaves out the unchanged months. */
	private static CompletableFuture<PayslipStore.Rows> calculate(RunInputs.Prepared prepared,
			List<EmployeePay> employees, int from, Function<PayResult, String> row) {
		List<EmployeePay> chunk = employees.subList(from, Math.min(employees.size(), from + CHUNK));
		return CompletableFuture.supplyAsync(() -> {
			List<PayResult> results = chunk.parallelStream()
				.map(prepared::calculate)
				.filter(java.util.Objects::nonNull)
				.toList();
			String csv = results.parallelStream().map(row).collect(Collectors.joining());
			return new PayslipStore.Rows(results.stream().map(PayResult::employeeId).toArray(UUID[]::new), csv);
		});
	}

	@Override
	public void completed(JobExecution execution) {
		String tenantId = execution.tenantId();
		RunRow run = runOf(execution);
		RunStore.RunTotals totals = payslips.totals(tenantId, run.id());
		runs.calculated(tenantId, run.id(), totals, clock.instant());
		audit.recordChange("CALCULATED", "PayrollRun", run.id(), null,
				Map.of("headcount", totals.headcount(), "gross", totals.gross(), "net", totals.net()));
	}

	private RunRow runOf(JobExecution execution) {
		UUID runId = UUID.fromString(execution.payload().get("runId").asString());
		return runs.find(execution.tenantId(), runId)
			.orElseThrow(() -> new IllegalStateException("Payroll run " + runId + " is gone"));
	}
}
