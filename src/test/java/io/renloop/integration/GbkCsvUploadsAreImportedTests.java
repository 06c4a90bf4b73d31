package io.renloop.integration;

import static io.renloop.integration.TestSheets.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "GBK CSV uploads refused": a CSV saved by Excel on Chinese Windows (GBK, Chinese header and
 * names) imports like a UTF-8 one, and the names are stored intact.
 */
@RenloopIntegrationTest
class GbkCsvUploadsAreImportedTests {

	@LocalServerPort
	int port;

	@Test
	void employeesFromAGbkCsvAreSavedWithTheirChineseNames() {
		ImportApi hr = ImportApi.as(port, "hr@demo.example");
		String number = "GBK" + unique();
		String csv = String.join(",", List.of("工号", "姓名", "部门编码", "入职日期")) + "\r\n" + number + ",欧阳娜娜,IT,2026-03-01\r\n";

		JsonNode job = hr.run("employees", false, "员工.csv", csv.getBytes(Charset.forName("GBK")));

		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("saved").asInt()).isEqualTo(1);
		assertThat(hr.get("/api/v1/employees?q=" + number).json().at("/content/0/name").asString()).isEqualTo("欧阳娜娜");
	}
}
