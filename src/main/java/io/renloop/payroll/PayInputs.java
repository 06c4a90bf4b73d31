package io.renloop.payroll;

/** One-off and imported amounts per employee and month (PAYROLL_WRITE; audited). */
public interface PayInputs {

	/**
	 * Checks every row, then saves all of them or none: a dry run only checks. A month already published for its
	 * pay group cannot take new inputs (they go to a correction or the next month).
	 */
	PayInputsResult add(AddPayInputs inputs, boolean dryRun);
}
