package io.renloop.integration.internal;

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
 * Writes a header and rows as an Excel workbook or as UTF-8 CSV. Every cell is text, so that numbers such
 * as ID numbers and phone numbers keep every digit when people edit the file.
 */
final class SpreadsheetWriter {

	/** Characters that make a spreadsheet treat a CSV value as a formula. */
	static final String FORMULA_START = "=+-@\t\r";

	private static final int COLUMN_WIDTH = 20 * 256;

	private SpreadsheetWriter() {
	}

	static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
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
				cell.setCellValue(values.get(i));
			}
		}
	}

	/** CSV with a byte order mark, which spreadsheet programs need to read UTF-8 Chinese correctly. */
	static byte[] csv(List<String> header, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			writer.write('\uFEFF');
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetWriter::escape).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Keeps spreadsheet programs from running a value such as {@code =HYPERLINK(...)} as a formula. */
	static String escape(String value) {
		if (value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}
}
