package io.renloop.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The writer of every CSV and Excel file the application exports: a header row and rows of text, each cell
 * passed through {@link SpreadsheetCells#neutralised(String)} so that no cell can run as a formula. Every cell is
 * text, so that numbers such as ID and phone numbers keep every digit when people edit the file.
 */
public final class SpreadsheetFiles {

	/** The media type of {@link #csv(List, List)}. */
	public static final String CSV_MEDIA_TYPE = "text/csv;charset=UTF-8";

	/** The media type of {@link #xlsx(String, List, List)}. */
	public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int COLUMN_WIDTH = 20 * 256;

	private SpreadsheetFiles() {
	}

	/**
	 * UTF-8 CSV with a byte order mark, which spreadsheet programs need to read Chinese correctly; values with
	 * commas, quotes or line breaks are quoted.
	 */
	public static byte[] csv(List<String> header, List<? extends List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			writer.write('\uFEFF');
			printer.printRecord(neutralised(header));
			for (List<String> row : rows) {
				printer.printRecord(neutralised(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An Excel workbook of one sheet with a bold, frozen header row. */
	public static byte[] xlsx(String sheetName, List<String> header, List<? extends List<String>> rows) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			bold.cloneStyleFrom(text);
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = workbook.createSheet(sheetName);
			for (int i = 0; i < header.size(); i++) {
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, COLUMN_WIDTH);
			}
			sheet.createFreezePane(0, 1);
			write(sheet.createRow(0), header, bold);
			for (int r = 0; r < rows.size(); r++) {
				write(sheet.createRow(r + 1), rows.get(r), text);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	private static void write(Row row, List<String> values, CellStyle style) {
		for (int i = 0; i < values.size(); i++) {
			var cell = row.createCell(i);
			cell.setCellStyle(style);
			if (values.get(i) != null) {
				cell.setCellValue(SpreadsheetCells.neutralised(values.get(i)));
			}
		}
	}

	private static List<String> neutralised(List<String> values) {
		return values.stream().map(SpreadsheetCells::neutralised).toList();
	}
}
