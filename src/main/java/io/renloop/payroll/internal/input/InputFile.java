package io.renloop.payroll.internal.input;

import io.renloop.payroll.AddPayInputs;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SheetTable;
import io.renloop.platform.SpreadsheetReader;
import io.renloop.platform.UnreadableFileException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV or Excel file of one-off inputs: a header naming the columns in English or Chinese, then one amount per row.
 * Rows that cannot become an input (no employee number, a code that is not upper-case letters, digits and
 * underscores, an amount that is not a number) are problems of their row; the others are lines to check like the API's.
 */
record InputFile(List<Line> lines, List<Problem> problems) {

	private static final Map<String, String> COLUMNS = Map.of("employeeno", "employeeNo", "工号", "employeeNo", "code",
			"code", "项目代码", "code", "代码", "code", "amount", "amount", "金额", "amount", "note", "note", "备注", "note");

	/** A row that became an input, with its number in the sheet. */
	record Line(int row, AddPayInputs.Item item) {
	}

	/** What is wrong with a row, as a message key. */
	record Problem(int row, String field, String messageKey, Object... arguments) {
	}

	/** The file's table; an unreadable file is a 400 naming the field {@code file}. */
	static SheetTable table(String fileName, byte[] content) {
		try {
			return SpreadsheetReader.read(fileName, content);
		}
		catch (UnreadableFileException ex) {
			throw InvalidFieldsException.of("file", ex.messageKey(), ex.arguments());
		}
	}

	static InputFile read(String fileName, byte[] content) {
		SheetTable table = table(fileName, content);
		Map<String, Integer> index = new java.util.HashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			String column = COLUMNS.get(table.header().get(i).strip().toLowerCase(Locale.ROOT));
			if (column != null) {
				index.putIfAbsent(column, i);
			}
		}
		for (String required : List.of("employeeNo", "code", "amount")) {
			if (!index.containsKey(required)) {
				throw InvalidFieldsException.of("file", "payroll.input.file.missingColumn", required);
			}
		}
		List<Line> lines = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (SheetTable.Row row : table.rows()) {
			String number = row.cell(index.get("employeeNo")).strip();
			String code = row.cell(index.get("code")).strip().toUpperCase(Locale.ROOT);
			String amount = row.cell(index.get("amount")).strip().replace(",", "");
			String note = index.containsKey("note") ? row.cell(index.get("note")).strip() : null;
			if (number.isEmpty()) {
				problems.add(new Problem(row.number(), "employeeNo", "payroll.input.file.noEmployee"));
			}
			else if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
				problems.add(new Problem(row.number(), "code", "payroll.input.file.code", code));
			}
			else if (!amount.matches("-?\\d{1,10}(\\.\\d+)?")) {
				problems.add(new Problem(row.number(), "amount", "payroll.input.file.amount", amount));
			}
			else {
				lines.add(new Line(row.number(), new AddPayInputs.Item(number, code, new BigDecimal(amount),
						note == null || note.isEmpty() ? null : note.substring(0, Math.min(note.length(), 500)))));
			}
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			throw InvalidFieldsException.of("file", "error.import.emptyFile");
		}
		return new InputFile(lines, problems);
	}
}
