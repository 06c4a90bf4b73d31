package io.renloop.integration;

import static io.renloop.integration.EmployeeImportTests.errors;
import static io.renloop.integration.TestSheets.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "a NUL byte in text input reported as a duplicate", for imports: a cell with a control
 * character is an error of its row and column, found before anything reaches the database.
 */
@RenloopIntegrationTest
class NulBytesInImportsAreCellErrorsTests {

	@LocalServerPort
	int port;

	@Test
	void nulInANameIsAnErrorOfItsCell() {
		List<String> header = List.of("employeeNo", "name", "departmentCode", "hireDate");

		JsonNode job = ImportApi.as(port, "hr@demo.example").run("employees", false, "nul.csv",
				TestSheets.csv(header, List.of(List.of("NUL" + unique(), "张\u0000三", "IT", "2026-03-01"))));

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(errors(job)).containsExactly("2|name|validation.controlCharacter");
		assertThat(job.get("saved").asInt()).isZero();
	}
}
