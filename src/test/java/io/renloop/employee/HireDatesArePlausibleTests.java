package io.renloop.employee;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "hire date 0001-01-01 accepted": hire dates, dates of birth and the dates of lifecycle changes
 * are refused outside a plausible range (from 1900, up to a year ahead; births not in the future), with a field
 * error that names the range.
 */
@RenloopIntegrationTest
class HireDatesArePlausibleTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "0001-01-01", "1899-12-31", "9999-12-31" })
	void implausibleHireDateIsAFieldError(String hireDate) {
		JsonNode problem = assertProblem(hire(Map.of("hireDate", hireDate)), 400);

		assertThat(errorFields(problem)).containsExactly("hireDate");
		assertThat(errorMessage(problem, "hireDate")).contains("1900-01-01");
	}

	@Test
	void hireDateTwoYearsAheadIsRefused() {
		String later = LocalDate.now(ZoneOffset.UTC).plusYears(2).toString();

		assertThat(errorFields(assertProblem(hire(Map.of("hireDate", later)), 400))).containsExactly("hireDate");
	}

	@Test
	void birthDateInTheFutureIsRefused() {
		String future = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();

		assertThat(errorFields(assertProblem(hire(Map.of("birthDate", future)), 400))).containsExactly("birthDate");
	}

	@Test
	void lifecycleChangeOnAnImplausibleDateIsRefused() {
		ApiClient.Response hired = hire(Map.of());
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);

		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").post("/api/v1/employees/"
				+ hired.json().get("id").asString() + "/lifecycle", Map.of("type", "CONFIRMATION", "effectiveDate",
						"0001-01-01")), 400);

		assertThat(errorFields(problem)).containsExactly("effectiveDate");
	}

	private ApiClient.Response hire(Map<String, Object> overrides) {
		return EmployeeFixtures.hire(ApiClient.as(port, "hr@demo.example"), new DemoData(jdbc).departmentId(DEMO, "FIN"),
				"日期测试", overrides);
	}
}
