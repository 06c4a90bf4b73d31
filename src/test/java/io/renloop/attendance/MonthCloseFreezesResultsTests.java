package io.renloop.attendance;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A week of June 2025 for one finance clerk: on time on Monday, 20 minutes late on Tuesday, one punch on Wednesday,
 * nothing on Thursday; then the month is closed, and the results stay as they were until it is reopened.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthCloseFreezesResultsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	UUID clerk;

	ApiClient hr;

	@BeforeAll
	void clockAWeek() {
		hr = ApiClient.as(port, "hr@demo.example");
		clerk = new DemoData(jdbc).someEmployeeIn(DEMO, "FIN");
		String number = jdbc.queryForObject("select employee_no from employee.employee where id = ?", String.class, clerk);
		List<Map<String, String>> events = List.of(event(number, "a", "2025-06-09T08:50:00+08:00"),
				event(number, "b", "2025-06-09T18:02:00+08:00"), event(number, "c", "2025-06-10T09:20:00+08:00"),
				event(number, "d", "2025-06-10T18:01:00+08:00"), event(number, "e", "2025-06-11T08:57:00+08:00"));
		assertThat(hr.post("/api/v1/attendance/clock-events", Map.of("events", events)).json().get("accepted").asInt())
			.isEqualTo(5);
	}

	private static Map<String, String> event(String number, String id, String at) {
		return Map.of("deviceId", "close-test", "eventId", id, "employeeNo", number, "at", at, "source", "DEVICE");
	}

	private JsonNode week() {
		ApiClient.Response response = hr.get("/api/v1/attendance/daily?employeeId=" + clerk + "&from=2025-06-09&to=2025-06-13");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void closingFreezesTheMonthAndReopeningThawsIt() {
		JsonNode before = week();
		assertThat(before.get(0).get("lateMinutes").asInt()).isZero();
		assertThat(before.get(0).get("workedMinutes").asInt()).isEqualTo(480);
		assertThat(before.get(1).get("lateMinutes").asInt()).isEqualTo(20);
		assertThat(before.get(2).get("missingPunch").asBoolean()).isTrue();
		assertThat(before.get(3).get("absent").asBoolean()).isTrue();

		ApiClient.Response close = hr.post("/api/v1/attendance/periods/2025-06/close", null);
		assertThat(close.status()).as(close.body()).isEqualTo(202);
		String jobId = close.json().get("jobId").asString();
		JsonNode job = Eventually.await(() -> {
			JsonNode state = hr.get("/api/v1/attendance/jobs/" + jobId).json();
			return "RUNNING".equals(state.get("status").asString()) ? null : state;
		});
		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("processed").asInt()).isEqualTo(job.get("total").asInt()).isPositive();

		JsonNode summary = hr.get("/api/v1/attendance/periods/2025-06/summary?employeeId=" + clerk).json();
		assertThat(summary.get("closed").asBoolean()).isTrue();
		assertThat(summary.get("lateCount").asInt()).isEqualTo(1);
		assertThat(summary.get("lateMinutes").asInt()).isEqualTo(20);
		assertThat(summary.get("workedDays").asInt()).isEqualTo(3);
		assertThat(summary.get("absentDays").asInt()).isEqualTo(summary.get("workdays").asInt() - 3);

		// a clock-out delivered late changes nothing in a closed month
		hr.post("/api/v1/attendance/clock-events", Map.of("events", List.of(event(jdbc.queryForObject(
				"select employee_no from employee.employee where id = ?", String.class, clerk), "f",
				"2025-06-11T18:00:00+08:00"))));
		assertThat(week().get(2).get("missingPunch").asBoolean()).isTrue();
		assertProblem(hr.post("/api/v1/attendance/periods/2025-06/close", null), 409);

		assertProblem(hr.post("/api/v1/attendance/periods/2025-06/reopen", Map.of()), 400);
		assertThat(hr.post("/api/v1/attendance/periods/2025-06/reopen", Map.of("reason", "补录考勤机数据")).status())
			.isEqualTo(200);
		assertThat(week().get(2).get("missingPunch").asBoolean()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'AttendancePeriod' "
				+ "and action = 'REOPEN'", Long.class)).isPositive();
	}

	@Test
	void theEmployeeSeesOnlyTheirOwnDays() {
		assertProblem(ApiClient.as(port, "employee@demo.example")
			.get("/api/v1/attendance/daily?employeeId=" + clerk + "&from=2025-06-09&to=2025-06-13"), 404);
		UUID self = new DemoData(jdbc).employeeOfUser("employee@demo.example");
		assertThat(ApiClient.as(port, "employee@demo.example")
			.get("/api/v1/attendance/daily?employeeId=" + self + "&from=2025-06-09&to=2025-06-13")
			.status()).isEqualTo(200);
	}

	@Test
	void aReversedRangeIsAClientError() {
		assertProblem(hr.get("/api/v1/attendance/daily?employeeId=" + clerk + "&from=2025-06-13&to=2025-06-09"), 400);
	}
}
