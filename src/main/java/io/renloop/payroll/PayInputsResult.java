package io.renloop.payroll;

import java.util.List;

/**
 * The outcome of adding inputs: either every row was saved, or none was and the errors say why, row by row.
 *
 * @param dryRun true when only checked, nothing saved
 */
public record PayInputsResult(boolean dryRun, int accepted, List<RowError> errors) {

	/** A row that cannot be saved: its number (1-based), the field and a message in the caller's language. */
	public record RowError(int row, String field, String message) {
	}
}
