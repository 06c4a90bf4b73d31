package io.renloop.payroll.internal.input;

import io.renloop.payroll.TaxOpeningBalance;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SheetTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV or Excel file of tax year opening balances: a header in English or Chinese, one employee a row. A cell that is
 * no number is a problem of its row; the rest is checked like the API's rows.
 */
record OpeningBalanceFile(List<Line> lines, List<InputFile.Problem> problems) {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("employeeno", "employeeNo"),
			Map.entry("工号", "employeeNo"), Map.entry("throughmonth", "throughMonth"), Map.entry("截至月份", "throughMonth"),
			Map.entry("months", "months"), Map.entry("任职月数", "months"), Map.entry("income", "income"),
			Map.entry("累计收入", "income"), Map.entry("socialinsurance", "socialInsurance"),
			Map.entry("累计专项扣除", "socialInsurance"),
			Map.entry("specialadditionaldeductions", "specialAdditionalDeductions"),
			Map.entry("累计专项附加扣除", "specialAdditionalDeductions"), Map.entry("otherdeductions", "otherDeductions"),
			Map.entry("累计其他扣除", "otherDeductions"), Map.entry("taxpaid", "taxPaid"), Map.entry("累计已缴税额", "taxPaid"));

	static final List<String> REQUIRED = List.of("employeeNo", "throughMonth", "income", "socialInsurance", "taxPaid");

	/** A row read, with its number in the sheet. */
	record Line(int row, TaxOpeningBalance balance) {
	}

	static OpeningBalanceFile read(String fileName, byte[] content) {
		SheetTable table = InputFile.table(fileName, content);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			String column = COLUMNS.get(table.header().get(i).strip().replace(" ", "").toLowerCase(Locale.ROOT));
			if (column != null) {
				index.putIfAbsent(column, i);
			}
		}
		for (String required : REQUIRED) {
			if (!index.containsKey(required)) {
				throw InvalidFieldsException.of("file", "payroll.input.file.missingColumn", required);
			}
		}
		List<Line> lines = new ArrayList<>();
		List<InputFile.Problem> problems = new ArrayList<>();
		for (SheetTable.Row row : table.rows()) {
			Map<String, String> cells = new HashMap<>();
			index.forEach((column, i) -> cells.put(column, row.cell(i).strip().replace(",", "")));
			String bad = cells.entrySet()
				.stream()
				.filter(cell -> !cell.getKey().equals("employeeNo") && !cell.getValue().isEmpty()
						&& !cell.getValue().matches("-?\\d{1,12}(\\.\\d+)?"))
				.map(Map.Entry::getKey)
				.sorted()
				.findFirst()
				.orElse(null);
			if (bad != null) {
				problems.add(new InputFile.Problem(row.number(), bad, "payroll.opening.notANumber", cells.get(bad)));
				continue;
			}
			lines.add(new Line(row.number(), new TaxOpeningBalance(cells.get("employeeNo"),
					integer(cells.get("throughMonth")), integer(cells.get("months")), decimal(cells.get("income")),
					decimal(cells.get("socialInsurance")), decimal(cells.get("specialAdditionalDeductions")),
					decimal(cells.get("otherDeductions")), decimal(cells.get("taxPaid")))));
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			throw InvalidFieldsException.of("file", "error.import.emptyFile");
		}
		return new OpeningBalanceFile(lines, problems);
	}

	private static Integer integer(String cell) {
		if (cell == null || cell.isEmpty()) {
			return null;
		}
		BigDecimal value = new BigDecimal(cell);
		return value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(BigDecimal.valueOf(1000)) > 0 ? -1
				: value.intValue();
	}

	private static BigDecimal decimal(String cell) {
		return cell == null || cell.isEmpty() ? null : new BigDecimal(cell);
	}
}
