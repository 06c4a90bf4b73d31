package io.renloop.performance;

import java.util.List;

/**
 * What an import of metric data did (or, in a dry run, would do).
 *
 * @param errors row-level problems (1-based row, field, message); when there is any, nothing was saved
 */
public record MetricImportResult(boolean dryRun, int rows, int saved, List<RowError> errors) {

	/** A problem with one row. */
	public record RowError(int row, String field, String message) {
	}
}
