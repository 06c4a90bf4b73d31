package io.renloop.attendance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The monthly close of the current tenant: a background job computes every employee's days of the month, freezes
 * them per employee-day and per employee-month, and announces {@link AttendancePeriodClosed}.
 */
public interface AttendancePeriods {

	/** Starts the close and returns the job's id; 409 when the month is closed or being closed, or in the future. */
	UUID close(YearMonth period);

	/** Whether the month is closed (its results frozen). */
	boolean isClosed(YearMonth period);

	/** A close job of the current tenant; not found for another tenant's job. */
	CloseJob job(UUID jobId);

	/** Reopens a closed month (ATTENDANCE_ADMIN, audited reason). */
	void reopen(YearMonth period, String reason);

	/** An employee's month within the caller's data scope: frozen figures when closed, else live ones. */
	PeriodSummary summary(YearMonth period, UUID employeeId);

	/** The state of a close job. */
	record CloseJob(UUID jobId, String period, String status, int processed, int total, String error,
			Instant createdAt, Instant finishedAt) {
	}
}
