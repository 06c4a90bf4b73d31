package io.renloop.employee;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An edit of the record (PUT) never moves the status: another status is a 409 that names the lifecycle endpoint,
 * and the step taken there is on the timeline. Each step starts from the status it needs.
 */
@RenloopIntegrationTest
class StatusChangesOnlyThroughLifecycleStepsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	UUID finance;

	String employee;

	@BeforeEach
	void probationerInFinance() {
		hr = ApiClient.as(port, "hr@demo.example");
		finance = new DemoData(jdbc).departmentId(DEMO, "FIN");
		employee = EmployeeFixtures.hired(hr, finance, "状态测试", Map.of());
	}

	@Test
	void anEditNamingAnotherStatusIsRefusedAndPointsToTheLifecycleStep() {
		JsonNode problem = assertProblem(hr.put("/api/v1/employees/" + employee, record("ACTIVE")), 409);

		assertThat(problem.get("code").asString()).isEqualTo("error.employee.statusThroughLifecycle");
		assertThat(problem.get("detail").asString()).contains("POST /api/v1/employees/" + employee + "/lifecycle");
		assertThat(status()).isEqualTo("PROBATION");
		assertThat(timelineTypes()).containsExactly("HIRE");
	}

	@Test
	void anEditSendingBackTheCurrentStatusIsSaved() {
		ApiClient.Response saved = hr.put("/api/v1/employees/" + employee, record("PROBATION"));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("name").asString()).isEqualTo("状态测试改");
	}

	@Test
	void eachStepIsOnTheTimelineNewestFirst() {
		step("CONFIRMATION", "2025-07-06");
		step("LEAVE_OF_ABSENCE", "2025-09-01");
		step("RETURN_FROM_LEAVE", "2025-12-01");

		assertThat(status()).isEqualTo("ACTIVE");
		assertThat(timelineTypes()).containsExactly("RETURN_FROM_LEAVE", "LEAVE_OF_ABSENCE", "CONFIRMATION", "HIRE");
	}

	@Test
	void aSecondConfirmationIsRefusedInTheUsersLanguage() {
		step("CONFIRMATION", "2025-07-06");

		JsonNode problem = assertProblem(hr.inLanguage("zh-CN").post("/api/v1/employees/" + employee + "/lifecycle",
				Map.of("type", "CONFIRMATION", "effectiveDate", "2025-07-07")), 409);

		assertThat(problem.get("detail").asString()).isEqualTo("员工当前状态为“在职”，不能办理此异动（转正）。");
		assertThat(timelineTypes()).containsExactly("CONFIRMATION", "HIRE");
	}

	private Map<String, Object> record(String status) {
		Map<String, Object> record = new HashMap<>(hr.get("/api/v1/employees/" + employee).json().properties().stream()
			.filter(field -> List.of("employeeNo", "departmentId", "hireDate").contains(field.getKey()))
			.collect(HashMap::new, (map, field) -> map.put(field.getKey(), field.getValue().asString()), Map::putAll));
		record.put("name", "状态测试改");
		record.put("status", status);
		return record;
	}

	private void step(String type, String effectiveDate) {
		ApiClient.Response taken = hr.post("/api/v1/employees/" + employee + "/lifecycle",
				Map.of("type", type, "effectiveDate", effectiveDate));
		assertThat(taken.status()).as(taken.body()).isEqualTo(200);
	}

	private String status() {
		return hr.get("/api/v1/employees/" + employee).json().get("status").asString();
	}

	private List<String> timelineTypes() {
		return hr.get("/api/v1/employees/" + employee + "/timeline")
			.json()
			.valueStream()
			.map(entry -> entry.get("type").asString())
			.toList();
	}
}
