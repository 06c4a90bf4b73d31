package io.renloop.platform.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "a NUL byte in text input reported as a duplicate": text with a control character is a field
 * error naming the field, before the database sees it; and a value the database cannot store is never called a
 * duplicate.
 */
@RenloopIntegrationTest
class NulBytesAreFieldErrorsNotDuplicatesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiExceptionHandler handler;

	@Test
	void nulInAnEmployeeNameIsAFieldError() {
		String number = TestUsers.unique("NUL");
		ApiClient hr = ApiClient.as(port, "hr@demo.example").inLanguage("zh-CN");

		JsonNode problem = assertProblem(hr.post("/api/v1/employees", Map.of("employeeNo", number, "name", "张\u0000三",
				"departmentId", new DemoData(jdbc).departmentId(DEMO, "FIN"), "hireDate", "2025-01-06")), 400);

		assertThat(errorFields(problem)).containsExactly("name");
		assertThat(errorMessage(problem, "name")).contains("NUL").doesNotContain("重复");
		assertThat(jdbc.queryForObject("select count(*) from employee.employee where employee_no = ?", Long.class, number))
			.isZero();
	}

	@Test
	void controlCharactersInAUnitNameAreAFieldError() {
		for (String name : new String[] { "财务\u0000部", "财务\u0007部", "财务\u001b[31m部" }) {
			JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").post("/api/v1/departments",
					Map.of("code", TestUsers.unique("NUL"), "name", name, "kind", "TEAM")), 400);

			assertThat(errorFields(problem)).containsExactly("name");
		}
	}

	@Test
	void lineBreaksAndTabsAreStillText() {
		ApiClient.Response created = ApiClient.as(port, "hr@demo.example").post("/api/v1/departments",
				Map.of("code", TestUsers.unique("TAB"), "name", "财务\t二部", "kind", "TEAM", "parentId",
						new DemoData(jdbc).departmentId(DEMO, "FIN")));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	@Test
	void aValueTheDatabaseCannotStoreIsBadInputNotAConflict() {
		SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
		ProblemDetail problem = handler.conflict(new DataIntegrityViolationException("insert", nul),
				new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/employees")));

		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getDetail()).doesNotContain("duplicate");
	}
}
