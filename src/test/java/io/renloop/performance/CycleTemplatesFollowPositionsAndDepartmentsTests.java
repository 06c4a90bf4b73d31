package io.renloop.performance;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * One cycle over 综采事业部 with three templates: the mining engineers (a position) follow theirs, 井下采煤一队 (a
 * department) its own, everyone else the cycle's; bad rules are refused with the rule named and nothing opens.
 */
@RenloopIntegrationTest
class CycleTemplatesFollowPositionsAndDepartmentsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient hr() {
		return ApiClient.as(port, "hr@demo.example");
	}

	@Test
	void aPositionsRuleWinsOverItsDepartmentsAndTheRestFollowTheCycle() {
		DemoData demo = new DemoData(jdbc);
		UUID mining = demo.departmentId(DemoData.DEMO, "MINING");
		UUID coal = demo.departmentId(DemoData.DEMO, "COAL-1");
		UUID engineer = jdbc.queryForObject("select id from organization.position where tenant_id = 'demo' and code = "
				+ "'MINING-ENG'", UUID.class);
		String common = template("综合表现");
		String team = template("原煤产量");
		String engineers = template("技术方案");

		ApiClient.Response created = hr().post("/api/v1/performance/cycles", Map.of("name", "分岗位模板", "kind",
				"QUARTERLY", "period", "2039-Q1", "periodStart", "2026-07-01", "periodEnd", "2026-09-30",
				"templateCode", common, "departmentId", mining, "templates", List.of(
						Map.of("templateCode", team, "departmentId", coal),
						Map.of("templateCode", engineers, "positionId", engineer))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("templates")).hasSize(2);
		String cycleId = created.json().get("id").asString();

		assertThat(itemOf(cycleId, "d.code = 'COAL-1'")).isEqualTo("原煤产量");
		assertThat(itemOf(cycleId, "d.code = 'COAL-2'")).isEqualTo("综合表现");
		assertThat(itemOf(cycleId, "r.position_id = '" + engineer + "'")).isEqualTo("技术方案");
	}

	@Test
	void aRuleWithoutATargetOrTemplateIsRefusedAndNothingOpens() {
		UUID coal = new DemoData(jdbc).departmentId(DemoData.DEMO, "COAL-1");
		String common = template("综合表现");
		Map<String, Object> cycle = Map.of("name", "坏规则", "kind", "QUARTERLY", "period", "2039-Q2", "periodStart",
				"2026-07-01", "periodEnd", "2026-09-30", "templateCode", common);

		JsonNode noTemplate = assertProblem(hr().post("/api/v1/performance/cycles", with(cycle, List.of(
				Map.of("templateCode", "NO_SUCH_TEMPLATE", "departmentId", coal)))), 400);
		assertThat(noTemplate.toString()).contains("templates[0].templateCode");
		assertProblem(hr().post("/api/v1/performance/cycles", with(cycle, List.of(Map.of("templateCode", common)))),
				400);
		assertProblem(hr().post("/api/v1/performance/cycles", with(cycle, List.of(
				Map.of("templateCode", common, "departmentId", coal), Map.of("templateCode", common, "departmentId",
						coal)))), 400);
		assertThat(jdbc.queryForObject("select count(*) from performance.cycle where name = '坏规则'", Integer.class))
			.isZero();
	}

	private String itemOf(String cycleId, String condition) {
		UUID review = jdbc.queryForObject("select r.id from performance.review r join organization.department d on "
				+ "d.id = r.department_id where r.cycle_id = ?::uuid and " + condition + " limit 1", UUID.class,
				cycleId);
		return hr().get("/api/v1/performance/reviews/" + review).json().get("items").get(0).get("name").asString();
	}

	private static Map<String, Object> with(Map<String, Object> cycle, List<Map<String, Object>> rules) {
		Map<String, Object> body = new java.util.HashMap<>(cycle);
		body.put("templates", rules);
		return body;
	}

	private String template(String item) {
		String code = TestUsers.unique("T").toUpperCase().replaceAll("[^A-Z0-9_]", "_");
		code = code.substring(0, Math.min(40, code.length()));
		ApiClient.Response saved = hr().put("/api/v1/performance/templates/" + code, Map.of("name", item, "kind", "KPI",
				"competencyWeight", 0, "items", List.of(Map.of("code", "ITEM", "name", item, "weight", 100))));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		return code;
	}
}
