package io.renloop.payroll;

/** Where a payroll run is in its life. */
public enum PayrollRunStatus {
	/** Created; nothing calculated yet. */
	DRAFT,
	/** Being calculated by a background job. */
	CALCULATING,
	/** Calculated: payroll reviews it and may calculate again. */
	CALCULATED,
	/** Submitted for approval (workflow subject {@code payroll-run}). */
	SUBMITTED,
	/** Approved and locked: its results can no longer change. */
	APPROVED,
	/** Published: employees see their payslips; the bank file and the summary are final. */
	PUBLISHED
}
