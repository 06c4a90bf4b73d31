package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad request to the API is answered with a 4xx RFC 9457 problem ({@code type},
 * {@code title}, {@code status}, {@code detail}, field errors under {@code errors}) in the caller's
 * language, never with a 500 or a stack trace.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemDetailsTests {

	static final String HR = "hr@demo.example";

	static final String HAN = ".*\\p{IsHan}.*";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	List<BadRequest> badRequests() {
		String unknown = UUID.randomUUID().toString();
		String department = new DemoData(jdbc).departmentId(DEMO, "FIN").toString();
		return List.of(
				new BadRequest("malformed JSON", "POST", "/api/v1/departments", "{\"code\": ", 400),
				new BadRequest("empty body", "POST", "/api/v1/departments", "", 400),
				new BadRequest("id of the wrong type in the body", "POST", "/api/v1/employees",
						Map.of("name", "x", "departmentId", "not-a-uuid", "hireDate", "2026-01-05"), 400),
				new BadRequest("date of the wrong format", "POST", "/api/v1/employees",
						Map.of("name", "x", "departmentId", department, "hireDate", "yesterday"), 400),
				new BadRequest("unknown enum value in the body", "POST", "/api/v1/departments",
						Map.of("code", TestUsers.unique("PD"), "name", "x", "kind", "PLANET"), 400),
				new BadRequest("page of the wrong type", "GET", "/api/v1/employees?page=first", null, 400, "page"),
				new BadRequest("unknown status filter", "GET", "/api/v1/employees?status=RETIRED", null, 400, "status"),
				new BadRequest("malformed id in the path", "GET", "/api/v1/employees/not-a-uuid", null, 400, "id"),
				new BadRequest("page size out of range", "GET", "/api/v1/employees?size=0", null, 400, "size"),
				new BadRequest("audit page size out of range", "GET", "/api/v1/audit/events?size=501", null, 400, "size"),
				new BadRequest("missing department fields", "POST", "/api/v1/departments", Map.of(), 400, "code", "name", "kind"),
				new BadRequest("missing employee fields", "POST", "/api/v1/employees", Map.of(), 400, "name", "departmentId", "hireDate"),
				new BadRequest("missing lifecycle fields", "POST", "/api/v1/employees/" + unknown + "/lifecycle", Map.of(), 400, "type", "effectiveDate"),
				new BadRequest("code with forbidden characters", "POST", "/api/v1/job-families", Map.of("code", "a b/c", "name", "x"), 400, "code"),
				new BadRequest("duplicate code", "POST", "/api/v1/job-families", Map.of("code", "PROD", "name", "x"), 400, "code"),
				new BadRequest("unknown reference", "POST", "/api/v1/employees",
						Map.of("name", "x", "departmentId", unknown, "hireDate", "2026-01-05"), 400, "departmentId"),
				new BadRequest("unknown employee", "GET", "/api/v1/employees/" + unknown, null, 404),
				new BadRequest("unknown department", "GET", "/api/v1/departments/" + unknown, null, 404),
				new BadRequest("unknown position", "PUT", "/api/v1/positions/" + unknown, Map.of("code", "X", "name", "x"), 404),
				new BadRequest("unknown token", "DELETE", "/api/v1/auth/tokens/" + unknown, null, 404),
				new BadRequest("unknown path", "GET", "/api/v1/nothing-here", null, 404),
				new BadRequest("unknown sub-resource", "GET", "/api/v1/employees/" + unknown + "/salary", null, 404),
				new BadRequest("wrong method on a collection", "DELETE", "/api/v1/departments", null, 405),
				new BadRequest("wrong method on a record", "PATCH", "/api/v1/employees/" + unknown, Map.of(), 405),
				new BadRequest("plain text instead of JSON", "POST", "/api/v1/departments", "code=X", 415));
	}

	Stream<Arguments> badRequestsInBothLanguages() {
		List<Arguments> arguments = new ArrayList<>();
		for (BadRequest request : badRequests()) {
			arguments.add(Arguments.of(request, "en"));
			arguments.add(Arguments.of(request, "zh-CN"));
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("badRequestsInBothLanguages")
	void badRequestIsAnsweredWithAProblem(BadRequest request, String language) {
		ApiClient client = ApiClient.as(port, HR).inLanguage(language);
		ApiClient.Response response = request.name().startsWith("plain text")
				? client.send(request.method(), request.path(), request.body(), "text/plain")
				: client.send(request.method(), request.path(), request.body());
		JsonNode problem = assertProblem(response, request.status());
		if (request.fields().length > 0) {
			assertThat(errorFields(problem)).containsExactlyInAnyOrder(request.fields());
			assertThat(problem.get("errors").valueStream().map(e -> e.path("message").asString("")))
				.allMatch(message -> !message.isBlank())
				.allMatch(message -> language.equals("en") ? !message.matches(HAN) : message.matches(HAN));
		}
		if (language.equals("en")) {
			assertThat(problem.get("title").asString() + problem.get("detail").asString()).doesNotMatch(HAN);
		}
		else {
			assertThat(problem.get("title").asString()).matches(HAN);
			assertThat(problem.get("detail").asString()).matches(HAN);
		}
	}

	@Test
	void titlesAreTranslated() {
		ApiClient hr = ApiClient.as(port, HR);
		String unknown = "/api/v1/employees/" + UUID.randomUUID();
		assertThat(assertProblem(hr.get(unknown), 404).get("title").asString()).isEqualTo("Not found");
		assertThat(assertProblem(hr.inLanguage("zh-CN").get(unknown), 404).get("title").asString()).isEqualTo("未找到");
		assertThat(assertProblem(hr.inLanguage("zh-CN").post("/api/v1/departments", Map.of()), 400).get("title")
			.asString()).isEqualTo("输入无效");
		assertThat(assertProblem(ApiClient.anonymous(port).inLanguage("zh-CN").get("/api/v1/employees"), 401)
			.get("title").asString()).isEqualTo("需要身份验证");
		assertThat(assertProblem(ApiClient.as(port, "recruiter@demo.example").inLanguage("zh-CN").get("/api/v1/employees"), 403)
			.get("title").asString()).isEqualTo("禁止访问");
	}

	@Test
	void browserAskingForHtmlStillGetsProblemsFromTheApi() {
		String html = "text/html,application/xhtml+xml";
		assertProblem(ApiClient.as(port, HR).accepting(html).get("/api/v1/nothing-here"), 404);
		assertProblem(ApiClient.as(port, HR).accepting(html).get("/api/v1/employees/" + UUID.randomUUID()), 404);
		assertProblem(ApiClient.anonymous(port).accepting(html).get("/api/v1/employees"), 401);
	}

	@Test
	void changingTheStatusOfATerminatedEmployeeIsARefusalNotAServerError() {
		ApiClient hr = ApiClient.as(port, HR);
		Map<String, Object> employee = Map.of("employeeNo", TestUsers.unique("PD"), "name", "离职测试", "departmentId",
				new DemoData(jdbc).departmentId(DEMO, "FIN"), "hireDate", "2025-01-06");
		String id = hr.post("/api/v1/employees", employee).json().get("id").asString();
		assertThat(hr.post("/api/v1/employees/" + id + "/lifecycle",
				Map.of("type", "TERMINATION", "effectiveDate", "2026-06-30")).status()).isEqualTo(200);

		Map<String, Object> reactivate = new HashMap<>(employee);
		reactivate.put("status", "ACTIVE");
		JsonNode problem = assertProblem(hr.inLanguage("zh-CN").put("/api/v1/employees/" + id, reactivate), 409);
		assertThat(problem.get("detail").asString()).as("an edit never moves the status")
			.contains("/api/v1/employees/" + id + "/lifecycle");
		assertThat(assertProblem(hr.inLanguage("zh-CN").post("/api/v1/employees/" + id + "/lifecycle",
				Map.of("type", "CONFIRMATION", "effectiveDate", "2026-07-01")), 409).get("detail").asString())
			.isEqualTo("该员工已离职，无法再变更。");
	}

	/** A request the API must refuse with {@code status} and, for validation, errors on {@code fields}. */
	record BadRequest(String name, String method, String path, Object body, int status, String... fields) {

		@Override
		public String toString() {
			return name;
		}
	}
}
