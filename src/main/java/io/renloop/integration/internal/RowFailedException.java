package io.renloop.integration.internal;

/**
 * A row failed for a reason no module rule explains (a database error); the transaction is lost, so the
 * import stops at this row.
 */
class RowFailedException extends RuntimeException {

	private final int row;

	RowFailedException(int row, Throwable cause) {
		super("Import row " + row + " failed", cause);
		this.row = row;
	}

	int row() {
		return row;
	}
}
