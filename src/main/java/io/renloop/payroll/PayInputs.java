package io.renloop.payroll;

/** One-off and imported amounts per employee and month (PAYROLL_WRITE; audited). */
public interface PayInputs {

	/**
	 * Checks every row, then saves all of them or none: a dry run only checks. A month whose run is approved or
	 * published for the employee's pay group takes no new inputs (a row error: they go to the next month).
	 */
	PayInputsResult add(AddPayInputs inputs, boolean dryRun);
}
