package io.renloop.integration;

import io.renloop.shared.PrcResidentId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import files and test values the way people and other systems produce them. */
final class TestSheets {

	static final List<String> EMPLOYEE_HEADER = List.of("employeeNo", "name", "departmentCode", "positionCode",
			"managerNo", "hireDate", "status", "email", "phone", "idNumber", "bankAccount", "address");

	/** The columns of an employee export: the import's, and the optional ones the import also reads. */
	static final List<String> EXPORTED_EMPLOYEE_HEADER = Stream
		.concat(EMPLOYEE_HEADER.stream(), Stream.of("workStartDate"))
		.toList();

	private TestSheets() {
	}

	static byte[] xlsx(List<String> header, List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("data");
			write(sheet.createRow(0), header);
			for (int i = 0; i < rows.size(); i++) {
				write(sheet.createRow(i + 1), rows.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				row.createCell(i).setCellValue(values.get(i));
			}
		}
	}

	/** UTF-8 CSV with a byte order mark, as spreadsheet programs save it. */
	static byte[] csv(List<String> header, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			writer.write('\uFEFF');
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A short random suffix, so that codes and numbers of one test never meet those of another. */
	static String unique() {
		return Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36)
			.toUpperCase();
	}

	/** A resident ID of Beijing Chaoyang with a correct check character. */
	static String validIdNumber(String birthDate, int sequence) {
		String first17 = "110105" + birthDate.replace("-", "") + String.format("%03d", sequence);
		return first17 + PrcResidentId.checkCharacter(first17);
	}

	/** The same number with a wrong check character. */
	static String wrongChecksum(String validIdNumber) {
		char check = validIdNumber.charAt(17);
		char wrong = check == '1' ? '2' : '1';
		return validIdNumber.substring(0, 17) + wrong;
	}

	/** One row of the employee layout. */
	static List<String> employee(String number, String name, String department, String position, String manager,
			String idNumber) {
		return java.util.Arrays.asList(number, name, department, position, manager, "2026-03-01", "PROBATION",
				number.toLowerCase() + "@import.example", "13800138000", idNumber, "6222020200112233445", "北京市朝阳区建国路1号");
	}
}
