package io.renloop.platform.web;

import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static io.renloop.support.Problems.errorMessage;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Security finding "numbers silently turned into strings": a JSON number or boolean sent for a text field, or a
 * fraction for a whole number, is a field error in the caller's language instead of a silently converted value.
 */
@RenloopIntegrationTest
class NumbersAreNotCoercedIntoTextTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void numberForATextFieldIsAFieldError() {
		long code = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);

		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").inLanguage("zh-CN")
			.post("/api/v1/departments", "{\"code\": " + code + ", \"name\": \"数字编码\", \"kind\": \"TEAM\"}"), 400);

		assertThat(errorFields(problem)).containsExactly("code");
		assertThat(errorMessage(problem, "code")).matches(".*\\p{IsHan}.*");
		assertThat(jdbc.queryForObject("select count(*) from organization.department where code = ?", Long.class,
				String.valueOf(code))).isZero();
	}

	@Test
	void booleanForATextFieldIsAFieldError() {
		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").post("/api/v1/job-families",
				"{\"code\": \"BOOL\", \"name\": true}"), 400);

		assertThat(errorFields(problem)).containsExactly("name");
	}

	@Test
	void fractionForAWholeNumberIsAFieldError() {
		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").post("/api/v1/requisitions",
				"{\"positionId\": \"" + java.util.UUID.randomUUID() + "\", \"departmentId\": \"" + java.util.UUID.randomUUID()
						+ "\", \"headcount\": 1.5}"), 400);

		assertThat(errorFields(problem)).containsExactly("headcount");
	}
}
