package io.renloop.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads an upload as Excel when its bytes are an Excel workbook and as CSV otherwise; a file named
 * {@code .xlsx} or {@code .xls} that is not a workbook is refused rather than guessed at. Every module that takes
 * spreadsheet uploads reads them here (imports, payroll inputs).
 */
public final class SpreadsheetReader {

	/** More rows than this belong in several files, or in the API. */
	public static final int MAX_ROWS = 50_000;

	private SpreadsheetReader() {
	}

	/** The sheet of an upload; refuses empty, unreadable, broken and oversized files with a translatable key. */
	public static SheetTable read(String fileName, byte[] content) throws UnreadableFileException {
		if (content == null || content.length == 0) {
			throw new UnreadableFileException("error.import.emptyFile");
		}
		if (isWorkbook(content)) {
			return WorkbookReader.read(content);
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
			throw new UnreadableFileException("error.import.notExcel");
		}
		return CsvReader.read(content);
	}

	private static boolean isWorkbook(byte[] content) {
		try {
			FileMagic magic = FileMagic.valueOf(new ByteArrayInputStream(content));
			return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
