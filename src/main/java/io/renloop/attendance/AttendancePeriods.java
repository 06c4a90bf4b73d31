package io.renloop.attendance;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * The monthly close of the current tenant: a background job computes every employee's days of the month, freezes
 * them per employee-day and per employee-month, and announces {@link AttendancePeriodClosed}.
 */
public interface AttendancePeriods {

	/**
	 * Starts the close as a platform background job (progress at {@code GET /api/v1/jobs/{jobId}}) and returns the
	 * job's id; 409 when the month is closed or in the future, or a close is already under way.
	 */
	UUID close(YearMonth period);

	/** Whether the month is closed (its results frozen). */
	boolean isClosed(YearMonth period);

	/** Reopens a closed month (ATTENDANCE_ADMIN, audited reason). */
	void reopen(YearMonth period, String reason);

	/** An employee's month within the caller's data scope: frozen figures when closed, else live ones. */
	PeriodSummary summary(YearMonth period, UUID employeeId);

	/**
	 * The frozen figures of every employee of a closed month in the current tenant, by employee id, for payroll's
	 * period-wide inputs (whatever the caller's data scope: only the month's figures leave); empty when the month is
	 * not closed.
	 */
	Map<UUID, PeriodSummary> closedMonth(YearMonth period);
}
