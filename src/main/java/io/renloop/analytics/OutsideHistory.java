package io.renloop.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * History from before the modules kept it — a customer's previous HR system, or the demo's two years — written into
 * the dashboards' read models through the same idempotent writes as the events, for the current tenant. The rows are
 * marked as outside history, so a rebuild from the modules' APIs keeps them. Performance results from before go
 * through {@link HiringOutcomes#resultsPublished}, which keeps them in any case.
 */
public interface OutsideHistory {

	/** Upserts people, with their exit when they left. */
	void people(List<PastEmployee> people);

	/** Upserts timeline steps (TRANSFER, PROMOTION, PAY_CHANGE, LEAVE_OF_ABSENCE, ... TERMINATION). */
	void steps(List<PastStep> steps);

	/** Replaces the month's attendance figures of the employees given. */
	void attendance(YearMonth month, List<PastAttendance> rows);

	/** Replaces the month's payroll cost of the departments given. */
	void payrollCost(YearMonth month, List<PastPayrollCost> costs);

	/** Upserts completed courses. */
	void training(List<PastCompletion> completions);

	/**
	 * A person as the previous system knew them.
	 *
	 * @param exitDate the last day, null while employed
	 * @param exitKind VOLUNTARY or INVOLUNTARY, null while employed
	 * @param exitCause RESIGNATION, TERMINATION, RETIREMENT or DEATH, null while employed
	 * @param reasonCodes exit reasons from the tenant's list (PAY, CAREER, WORKLOAD ...)
	 * @param payVsBand their base against their position's pay band midpoint as the previous system last knew it,
	 *        as a ratio (-0.18 = 18 % below), or null when unknown; the attrition model uses it when payroll has no
	 *        structure and band for them on the day it looks at, so that past leavers carry the feature as well
	 */
	record PastEmployee(UUID employeeId, String employeeNo, String name, UUID departmentId, UUID positionId,
			LocalDate hireDate, LocalDate exitDate, String exitKind, String exitCause, Boolean regretted,
			List<String> reasonCodes, BigDecimal payVsBand) {
	}

	/** A step of an employee's timeline; the unit and position after it, when it changed them. */
	record PastStep(UUID employeeId, String change, LocalDate effectiveDate, UUID departmentId, UUID positionId) {
	}

	/** An employee's closed month. */
	record PastAttendance(UUID employeeId, BigDecimal overtimeHours, int lateCount, int earlyLeaveCount,
			int absentDays) {
	}

	/** A department's pay cost of a month: gross pay and the employer's cost (pay plus contributions). */
	record PastPayrollCost(UUID departmentId, String departmentName, int headcount, BigDecimal gross,
			BigDecimal employerCost) {
	}

	/** A course completed on a day. */
	record PastCompletion(UUID employeeId, UUID courseId, LocalDate completedOn, BigDecimal hours) {
	}
}
