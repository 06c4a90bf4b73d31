package io.renloop.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Long work (imports, closes, payroll runs) that outlives a request and survives the node running it. A job is a
 * row in the database: it is submitted in the caller's transaction (so it exists exactly when the request's data
 * does), a worker on any node claims it with a lease it renews, and when that node dies another node claims it
 * again after the lease expired and runs the handler once more. Handlers must therefore be resumable: they record
 * each item's effect together with a mark that it is done (a unique key or a per-item row in the same transaction),
 * skip what is marked on the next attempt, and report progress with {@link JobExecution#checkpoint}. See ADR 0020.
 *
 * <pre>{@code
 * // submitting, in the request's transaction:
 * UUID jobId = jobs.submit("attendance.month-close", Map.of("month", "2026-11"), employeeCount,
 *         Permission.ATTENDANCE_ADMIN);
 *
 * // running, on whichever node claims it:
 * @Component
 * class MonthCloseHandler implements BackgroundJobHandler {
 *     public String type() { return "attendance.month-close"; }
 *     public void run(JobExecution execution) {
 *         YearMonth month = YearMonth.parse(execution.payload().get("month").asString());
 *         int done = execution.processed();
 *         for (UUID employee : employeesNotClosedYet(month)) {   // idempotent: skips closed ones
 *             closeInOwnTransaction(employee, month);            // effect + "closed" mark, one commit
 *             execution.checkpoint(++done, Map.of());            // progress, renews the lease
 *         }
 *         execution.checkpoint(done, Map.of("closedEmployees", done));
 *     }
 * }
 * // progress for clients: GET /api/v1/jobs/{jobId}
 * }</pre>
 */
public interface BackgroundJobs {

	/**
	 * Queues a job in the current tenant, inside the caller's transaction: it runs only once that commits. The
	 * current user is recorded as the submitter; the handler runs as them (or as the system actor without one).
	 *
	 * @param type the {@link BackgroundJobHandler#type()} that runs it
	 * @param payload any JSON-serializable value (a record, a map); stored as JSON
	 * @param total the number of items, for progress; 0 when unknown
	 * @param readPermission what a user of the tenant needs to read the job
	 * @return the job id
	 */
	UUID submit(String type, Object payload, int total, Permission readPermission);

	/** A job of the current tenant, whoever may read it; empty for unknown ids and other tenants' jobs. */
	Optional<BackgroundJob> find(UUID jobId);

	/** Jobs of the type in the current tenant that are queued or running. */
	int unfinished(String type);
}
