package io.renloop.integration.internal;

import io.renloop.integration.ImportKind;
import java.util.List;

/**
 * Saves the rows of one kind of file through the owning module's API, reporting every problem on its
 * row. Runs inside the import's transaction, which is rolled back unless every row was saved.
 */
interface RowImporter {

	ImportKind kind();

	/**
	 * @param rows the data rows in file order
	 * @param progress told after each row
	 * @return rows saved
	 */
	int importRows(List<ImportRow> rows, RowProgress progress);

	/** Told after each row; flushes it so that a database failure is pinned on the row that caused it. */
	@FunctionalInterface
	interface RowProgress {

		void rowDone(ImportRow row);
	}
}
