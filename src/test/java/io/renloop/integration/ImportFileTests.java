package io.renloop.integration;

import static io.renloop.integration.EmployeeImportTests.errors;
import static io.renloop.integration.TestSheets.EMPLOYEE_HEADER;
import static io.renloop.integration.TestSheets.employee;
import static io.renloop.integration.TestSheets.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Files that cannot be imported at all: every problem is about the file, and nothing is saved. */
@RenloopIntegrationTest
class ImportFileTests {

	@LocalServerPort
	int port;

	ImportApi hr;

	String number;

	@BeforeEach
	void setUp() {
		hr = ImportApi.as(port, "hr@demo.example");
		number = "IMP" + unique() + "-1";
	}

	@Test
	void garbageNamedAsExcelIsRefusedAndNothingIsSaved() {
		byte[] garbage = new byte[4096];
		new Random(7).nextBytes(garbage);
		long before = hr.employeeCount();

		JsonNode job = hr.run("employees", false, "employees.xlsx", garbage);

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(errors(job)).containsExactly("file|-|error.import.notExcel");
		assertThat(hr.employeeCount()).isEqualTo(before);
	}

	@Test
	void truncatedWorkbookIsRefused() {
		byte[] workbook = TestSheets.xlsx(EMPLOYEE_HEADER, List.of(employee(number, "张三", "IT", null, null, null)));
		byte[] truncated = java.util.Arrays.copyOf(workbook, workbook.length / 2);

		JsonNode job = hr.run("employees", false, "cut.xlsx", truncated);

		assertThat(errors(job)).containsExactly("file|-|error.import.notExcel");
	}

	@Test
	void emptyFileIsRefused() {
		JsonNode job = hr.run("employees", false, "empty.csv", new byte[0]);

		assertThat(errors(job)).containsExactly("file|-|error.import.emptyFile");
	}

	@Test
	void csvInAnUnknownEncodingIsRefusedWithAHint() {
		byte[] binary = { 'a', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, '\n' };

		JsonNode job = hr.run("employees", false, "binary.csv", binary);

		assertThat(errors(job)).containsExactly("file|-|error.import.unknownEncoding");
	}

	@Test
	void csvWithAnUnclosedQuoteIsRefused() {
		String text = "employeeNo,name,departmentCode,hireDate\n" + number + ",\"张三,IT,2026-03-01\n";

		JsonNode job = hr.run("employees", false, "broken.csv", text.getBytes(StandardCharsets.UTF_8));

		assertThat(errors(job)).containsExactly("file|-|error.import.malformedCsv");
	}

	@Test
	void unknownColumnIsNamedAndNothingIsSaved() {
		List<String> header = new ArrayList<>(EMPLOYEE_HEADER);
		header.set(header.indexOf("idNumber"), "passport");
		long before = hr.employeeCount();

		JsonNode job = hr.run("employees", false, "wrong-column.xlsx",
				TestSheets.xlsx(header, List.of(employee(number, "张三", "IT", null, null, "E1234567"))));

		assertThat(errors(job)).containsExactly("file|-|error.import.unknownColumn");
		assertThat(job.at("/errors/0/message").asString()).isEqualTo("Unknown column \"passport\".");
		assertThat(job.get("processed").asInt()).isZero();
		assertThat(hr.employeeCount()).isEqualTo(before);
	}

	@Test
	void missingRequiredColumnIsNamedInTheUsersLanguage() {
		List<String> header = new ArrayList<>(EMPLOYEE_HEADER);
		header.remove("hireDate");

		JsonNode job = hr.inLanguage("zh-CN").run("employees", true, "no-date.csv", TestSheets.csv(header, List.of()));

		assertThat(errors(job)).containsExactly("file|-|error.import.missingColumn");
		assertThat(job.at("/errors/0/message").asString()).isEqualTo("缺少必填列“入职日期”。");
	}

	@Test
	void headerWithoutRowsIsRefused() {
		JsonNode job = hr.run("employees", true, "header-only.xlsx", TestSheets.xlsx(EMPLOYEE_HEADER, List.of()));

		assertThat(errors(job)).containsExactly("file|-|error.import.noRows");
	}
}
