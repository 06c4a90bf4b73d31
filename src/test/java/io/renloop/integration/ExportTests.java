package io.renloop.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RenloopIntegrationTest
class ExportTests {

	@LocalServerPort
	int port;

	@Test
	void employeeExportIsAWorkbookOfTheTenantWithPersonalDataMasked() throws IOException {
		ImportApi.Reply export = ImportApi.as(port, "hr@demo.example").get("/api/v1/exports/employees?format=xlsx");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentDisposition()).contains("attachment").contains(".xlsx");
		List<List<String>> rows = readWorkbook(export.body());
		assertThat(rows.get(0)).isEqualTo(TestSheets.EXPORTED_EMPLOYEE_HEADER);
		assertThat(rows).hasSizeGreaterThan(303);
		assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("SNE00001"));
		int idNumber = TestSheets.EMPLOYEE_HEADER.indexOf("idNumber");
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
			assertThat(row.get(0)).doesNotStartWith("AC");
			assertThat(row.get(idNumber)).doesNotContainPattern("\\d{17}[\\dX]");
		});
		assertThat(rows.subList(1, rows.size())).anySatisfy(row -> assertThat(row.get(idNumber)).contains("********"));
	}

	@Test
	void employeeExportIsAudited() {
		ImportApi hr = ImportApi.as(port, "hr@demo.example");
		hr.get("/api/v1/exports/employees?format=csv");

		ImportApi.Reply events = hr.get("/api/v1/audit/events?entityType=Employee&entityId=employees&size=5");

		assertThat(events.json().at("/content/0/action").asString()).isEqualTo("EXPORT");
		assertThat(events.json().at("/content/0/actor").asString()).isEqualTo("hr@demo.example");
	}

	@Test
	void departmentExportIsUtf8CsvThatSpreadsheetsRecognise() throws IOException {
		ImportApi.Reply export = ImportApi.as(port, "hr@demo.example").get("/api/v1/exports/departments?format=csv");

		assertThat(export.contentType()).startsWith("text/csv");
		String text = export.text();
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
		assertThat(records.get(0).toList()).containsExactly("code", "name", "parentCode", "kind");
		assertThat(records).anySatisfy(r -> assertThat(r.toList()).containsExactly("SNE", "示例能源集团", "", "COMPANY"));
	}

	@Test
	void templateHasTheHeaderRowInTheUsersLanguage() throws IOException {
		ImportApi.Reply template = ImportApi.as(port, "hr@demo.example")
			.inLanguage("zh-CN")
			.get("/api/v1/imports/templates/positions.xlsx");

		assertThat(template.status()).isEqualTo(200);
		assertThat(readWorkbook(template.body())).containsExactly(List.of("岗位编码", "岗位名称", "职族编码", "职级"));
	}

	@Test
	void exportNeedsTheExportPermission() {
		ImportApi.Reply refused = ImportApi.as(port, "employee@demo.example").get("/api/v1/exports/employees");

		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void importAndExportAreDocumentedInOpenApi() {
		String docs = ImportApi.as(port, "hr@demo.example").get("/v3/api-docs").text();

		assertThat(docs).contains("/api/v1/imports/{kind}", "/api/v1/imports/jobs/{jobId}",
				"/api/v1/imports/templates/{kind}.xlsx", "/api/v1/exports/{kind}");
	}

	private static List<List<String>> readWorkbook(byte[] content) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add(formatter.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}
}
