package io.renloop.platform;

import io.renloop.platform.SpreadsheetCells;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an Excel workbook. The first non-blank row is the header. Dates become
 * {@code yyyy-MM-dd} ({@code yyyy-MM-dd HH:mm:ss} with a time of day); formulas give their cached result and are
 * never evaluated.
 */
final class WorkbookReader {

	private WorkbookReader() {
	}

	static SheetTable read(byte[] content) throws UnreadableFileException {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new UnreadableFileException("error.import.noHeader");
			}
			return table(workbook.getSheetAt(0));
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("error.import.notExcel");
		}
	}

	private static SheetTable table(Sheet sheet) throws UnreadableFileException {
		if (sheet.getLastRowNum() - sheet.getFirstRowNum() > SpreadsheetReader.MAX_ROWS) {
			throw new UnreadableFileException("error.import.tooManyRows", SpreadsheetReader.MAX_ROWS);
		}
		List<String> header = null;
		List<SheetTable.Row> rows = new ArrayList<>();
		for (Row row : sheet) {
			SheetTable.Row cells = new SheetTable.Row(row.getRowNum() + 1,
					cells(row, header == null ? row.getLastCellNum() : header.size()));
			if (cells.blank()) {
				continue;
			}
			if (header == null) {
				header = cells.cells();
			}
			else {
				rows.add(cells);
			}
		}
		if (header == null) {
			throw new UnreadableFileException("error.import.noHeader");
		}
		return new SheetTable(header, rows);
	}

	private static List<String> cells(Row row, int width) {
		List<String> cells = new ArrayList<>(Math.max(width, 0));
		for (int i = 0; i < width; i++) {
			cells.add(SpreadsheetCells.restored(text(row.getCell(i))));
		}
		return cells;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateText(cell)
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	/**
	 * A date cell as {@code yyyy-MM-dd}; with a time of day (a terminal's punch) as {@code yyyy-MM-dd HH:mm:ss}, and a
	 * time alone (a value below one day) as {@code HH:mm:ss}.
	 */
	private static String dateText(Cell cell) {
		java.time.LocalDateTime value = cell.getLocalDateTimeCellValue();
		String clock = value.toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
		if (cell.getNumericCellValue() < 1) {
			return clock;
		}
		return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
				: value.toLocalDate() + " " + clock;
	}
}
