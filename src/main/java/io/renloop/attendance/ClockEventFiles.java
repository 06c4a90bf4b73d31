package io.renloop.attendance;

import java.util.List;

/**
 * Imports legacy terminal exports (考勤机导出): a CSV (UTF-8 or GBK) or Excel file with a header naming the columns
 * in English or Chinese — employee number (工号), the punch time (时间, or 日期 and 时间 apart) and optionally the
 * device (设备). Each row becomes a clock event of source IMPORT whose event id is derived from the employee and the
 * instant, so importing the same file again, or an overlapping one, adds nothing twice. With any row error nothing is
 * saved; a dry run only checks and counts.
 */
public interface ClockEventFiles {

	/** The device id of rows that name none. */
	String DEFAULT_DEVICE = "import";

	/**
	 * @throws io.renloop.platform.InvalidFieldsException (field {@code file}) for an unreadable, empty or oversized
	 *     file or a missing column
	 */
	FileImport importFile(String fileName, byte[] content, boolean dryRun);

	/**
	 * What became of a file.
	 *
	 * @param rows the data rows read
	 * @param accepted new events kept (0 in a dry run or with errors)
	 * @param duplicates rows already kept before, or twice in the file
	 * @param errors problems by the sheet's row number; any error means nothing was saved
	 */
	record FileImport(boolean dryRun, int rows, int accepted, int duplicates, List<RowError> errors) {
	}

	/** A row's problem: the sheet's row number, the column and a translated reason. */
	record RowError(int row, String field, String message) {
	}
}
