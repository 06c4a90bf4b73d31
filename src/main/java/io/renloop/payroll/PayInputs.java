package io.renloop.payroll;

/** One-off and imported amounts per employee and month (PAYROLL_WRITE; audited). */
public interface PayInputs {

	/**
	 * Checks every row, then saves all of them or none: a dry run only checks. A month whose run is approved or
	 * published for the employee's pay group takes no new inputs (a row error: they go to the next month).
	 */
	PayInputsResult add(AddPayInputs inputs, boolean dryRun);

	/**
	 * The same from a CSV or Excel file with the columns {@code employeeNo} (工号), {@code code} (项目代码),
	 * {@code amount} (金额) and optionally {@code note} (备注); row numbers are the sheet's. An unreadable file or a
	 * missing column is a 400.
	 */
	PayInputsResult addFile(String period, String fileName, byte[] content, boolean dryRun);
}
