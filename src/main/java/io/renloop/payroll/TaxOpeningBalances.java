package io.renloop.payroll;

import java.util.List;

/**
 * Tax year opening balances of employees whose year began in the tenant's earlier payroll system
 * (PAYROLL_WRITE, audited). Every row is checked first; with any error nothing is saved.
 */
public interface TaxOpeningBalances {

	/** Saves (or with {@code dryRun} only checks) the balances of a tax year; a row replaces the employee's. */
	PayInputsResult save(int year, List<TaxOpeningBalance> rows, boolean dryRun);

	/** The same from a CSV or Excel file with headers in English or Chinese. */
	PayInputsResult saveFile(int year, String fileName, byte[] content, boolean dryRun);
}
