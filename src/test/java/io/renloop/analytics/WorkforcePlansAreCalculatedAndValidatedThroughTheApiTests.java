package io.renloop.analytics;

import static io.renloop.analytics.WorkforcePlanFixtures.driver;
import static io.renloop.analytics.WorkforcePlanFixtures.freshPosition;
import static io.renloop.analytics.WorkforcePlanFixtures.goal;
import static io.renloop.analytics.WorkforcePlanFixtures.plan;
import static io.renloop.analytics.WorkforcePlanFixtures.rule;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
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
 * Creating, reading and updating workforce plans through the API: lines follow the drivers (gap = required − current
 * + expected exits), current is the slot's headcount, bad input is a problem naming the field, changes are audited.
 */
@RenloopIntegrationTest
class WorkforcePlansAreCalculatedAndValidatedThroughTheApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr;

	DemoData data;

	UUID coal1;

	UUID safety;

	@BeforeEach
	void setUp() {
		hr = ApiClient.as(port, "hr@demo.example");
		data = new DemoData(jdbc);
		coal1 = data.departmentId(DEMO, "COAL-1");
		safety = data.departmentId(DEMO, "SAFETY");
	}

	@Test
	void linesFollowTheDriversAndTheGapIsRequiredMinusCurrentPlusExpectedExits() {
		UUID miner = freshPosition(hr);
		UUID inspector = freshPosition(hr);
		UUID shearer = data.positionId(DEMO, "SHEARER");
		Map<String, Object> body = plan(List.of(goal("CAP", 1200, 1500)),
				List.of(driver("CAP", coal1, miner, 12), driver("CAP", coal1, shearer, 100)),
				List.of(rule(safety, inspector, 15, coal1, List.of(miner))));
		ApiClient.Response created = hr.post("/api/v1/workforce-plans", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode plan = hr.get("/api/v1/workforce-plans/" + created.json().get("id").asString()).json();
		JsonNode lines = plan.get("lines");
		assertThat(lines).hasSize(3);
		// 300 / 12 = 25 new miners; ⌈25 / 15⌉ = 2 inspectors
		assertLine(lines.get(0), coal1, miner, 0, 25);
		assertLine(lines.get(2), safety, inspector, 0, 2);
		JsonNode shearers = lines.get(1);
		assertThat(shearers.get("current").asInt()).isEqualTo(activeIn(coal1, shearer));
		assertThat(shearers.get("required").asInt()).isEqualTo(shearers.get("current").asInt() + 3);
		for (JsonNode line : lines) {
			assertThat(line.get("gap").asInt()).isEqualTo(line.get("required").asInt() - line.get("current").asInt()
					+ line.get("expectedExits").asInt());
		}
		assertThat(audited(plan.get("id").asString(), "CREATE")).isEqualTo(1);
	}

	@Test
	void anUpdateRecalculatesTheLinesAndIsAudited() {
		UUID miner = freshPosition(hr);
		Map<String, Object> body = plan(List.of(goal("CAP", 0, 60)), List.of(driver("CAP", coal1, miner, 6)), List.of());
		String id = hr.post("/api/v1/workforce-plans", body).json().get("id").asString();
		body.put("goals", List.of(goal("CAP", 0, 120)));
		ApiClient.Response updated = hr.put("/api/v1/workforce-plans/" + id, body);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("lines").get(0).get("required").asInt()).isEqualTo(20);
		assertThat(audited(id, "UPDATE")).isEqualTo(1);
	}

	@Test
	void unknownDepartmentsAndPositionsAreProblemsNamingTheField() {
		Map<String, Object> body = plan(List.of(goal("CAP", 0, 10)),
				List.of(driver("CAP", UUID.randomUUID(), data.positionId(DEMO, "SHEARER"), 1),
						driver("CAP", coal1, UUID.randomUUID(), 1)), List.of());
		JsonNode problem = assertProblem(hr.post("/api/v1/workforce-plans", body), 400);
		assertThat(errorFields(problem)).contains("outputDrivers[0].departmentId", "outputDrivers[1].positionId");
	}

	@Test
	void negativeNumbersAreRefused() {
		Map<String, Object> body = plan(List.of(goal("CAP", -5, 10)), List.of(driver("CAP", coal1,
				data.positionId(DEMO, "SHEARER"), -1)), List.of());
		JsonNode problem = assertProblem(hr.post("/api/v1/workforce-plans", body), 400);
		assertThat(errorFields(problem)).anyMatch(f -> f.contains("baseline")).anyMatch(f -> f.contains("outputPerPerson"));
	}

	@Test
	void duplicateGoalsAndUnknownGoalsOfDriversAreRefused() {
		UUID miner = freshPosition(hr);
		Map<String, Object> body = plan(List.of(goal("CAP", 0, 10), goal("CAP", 0, 20)),
				List.of(driver("NOPE", coal1, miner, 1)), List.of());
		JsonNode problem = assertProblem(hr.post("/api/v1/workforce-plans", body), 400);
		assertThat(errorFields(problem)).contains("goals[1].code", "outputDrivers[0].goal");
	}

	@Test
	void aBadUpdateLeavesThePlanAsItWas() {
		UUID miner = freshPosition(hr);
		Map<String, Object> body = plan(List.of(goal("CAP", 0, 60)), List.of(driver("CAP", coal1, miner, 6)), List.of());
		String id = hr.post("/api/v1/workforce-plans", body).json().get("id").asString();
		body.put("outputDrivers", List.of(driver("CAP", coal1, miner, 6), driver("CAP", coal1, miner, 3)));
		assertThat(errorFields(assertProblem(hr.put("/api/v1/workforce-plans/" + id, body), 400)))
			.contains("outputDrivers[1]");
		assertThat(hr.get("/api/v1/workforce-plans/" + id).json().get("lines").get(0).get("required").asInt())
			.isEqualTo(10);
	}

	@Test
	void trackingPlansTwelveMonthsRisingToTheRequiredHeadcount() {
		UUID miner = freshPosition(hr);
		String id = hr.post("/api/v1/workforce-plans", plan(List.of(goal("CAP", 0, 120)),
				List.of(driver("CAP", coal1, miner, 10)), List.of())).json().get("id").asString();
		JsonNode tracking = hr.get("/api/v1/workforce-plans/" + id + "/tracking").json();
		assertThat(tracking.get("months")).hasSize(12);
		assertThat(tracking.get("months").get(0).asString()).isEqualTo("2027-01");
		assertThat(tracking.get("lines").get(0).get("planned").get(0).asInt()).isEqualTo(1);
		assertThat(tracking.get("lines").get(0).get("planned").get(11).asInt()).isEqualTo(12);
	}

	@Test
	void aDeletedPlanIsGone() {
		UUID miner = freshPosition(hr);
		String id = hr.post("/api/v1/workforce-plans", plan(List.of(goal("CAP", 0, 10)),
				List.of(driver("CAP", coal1, miner, 10)), List.of())).json().get("id").asString();
		assertThat(hr.delete("/api/v1/workforce-plans/" + id).status()).isEqualTo(204);
		assertProblem(hr.get("/api/v1/workforce-plans/" + id), 404);
		assertThat(audited(id, "DELETE")).isEqualTo(1);
	}

	private static void assertLine(JsonNode line, UUID department, UUID position, int current, int required) {
		assertThat(line.get("departmentId").asString()).isEqualTo(department.toString());
		assertThat(line.get("positionId").asString()).isEqualTo(position.toString());
		assertThat(line.get("current").asInt()).isEqualTo(current);
		assertThat(line.get("required").asInt()).isEqualTo(required);
	}

	private int activeIn(UUID department, UUID position) {
		return jdbc.queryForObject("""
				select count(*) from employee.employee where tenant_id = ? and department_id = ? and position_id = ?
				 and hire_date <= (now() at time zone 'Asia/Shanghai')::date
				 and (termination_date is null or termination_date >= (now() at time zone 'Asia/Shanghai')::date)""",
				Integer.class, DEMO, department, position);
	}

	private int audited(String id, String action) {
		return jdbc.queryForObject("""
				select count(*) from platform.audit_event where entity_type = 'WorkforcePlan' and entity_id::text = ?
				 and action = ?""", Integer.class, id, action);
	}
}
