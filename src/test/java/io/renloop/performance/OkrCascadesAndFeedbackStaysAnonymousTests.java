package io.renloop.performance;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * OKR through the API: objectives cascade from the company through the team to a person, check-ins move progress,
 * and the person's review scores by it; 360 raters are proposed by the employee, approved by the manager, answer
 * once, and their answers show only once three of a relation have answered.
 */
@RenloopIntegrationTest
class OkrCascadesAndFeedbackStaysAnonymousTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	ApiClient hr() {
		return ApiClient.as(port, "hr@demo.example");
	}

	@Test
	void objectivesCascadeAndTheirProgressScoresTheReview() {
		DemoData demo = new DemoData(jdbc);
		UUID coal = demo.departmentId(DemoData.DEMO, "COAL-1");
		UUID self = demo.employeeOfUser("employee@demo.example");
		String cycleId = okrCycle(coal, "2034-Q1");
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		ApiClient manager = ApiClient.as(port, "manager@demo.example");

		JsonNode company = created(hr().post("/api/v1/performance/cycles/" + cycleId + "/objectives",
				objective("安全高效生产", "COMPANY", null, null, List.of(kr("产量（万吨）", 100, 40)))));
		JsonNode team = created(manager.post("/api/v1/performance/cycles/" + cycleId + "/objectives",
				objective("一队零事故", "DEPARTMENT", coal, company.get("id").asString(), List.of(kr("零事故（月）", 3, 1)))));
		JsonNode mine = created(employee.post("/api/v1/performance/cycles/" + cycleId + "/objectives",
				objective("掌握电液控支架操作", "EMPLOYEE", self, team.get("id").asString(),
						List.of(kr("考核通过（项）", 4, 1), kr("带教新工（人）", 2, 2)))));
		assertThat(mine.get("progress").decimalValue()).isEqualByComparingTo("62.50");
		assertProblem(employee.post("/api/v1/performance/cycles/" + cycleId + "/objectives",
				objective("替部门定目标", "DEPARTMENT", coal, null, List.of(kr("x", 1, 0)))), 403);
		assertProblem(employee.post("/api/v1/performance/cycles/" + cycleId + "/objectives",
				objective("替公司定目标", "COMPANY", null, null, List.of(kr("x", 1, 0)))), 403);

		JsonNode tree = employee.get("/api/v1/performance/cycles/" + cycleId + "/objectives").json();
		assertThat(tree.get(0).get("title").asString()).isEqualTo("安全高效生产");
		assertThat(tree.get(0).get("children").get(0).get("children").get(0).get("title").asString())
			.isEqualTo("掌握电液控支架操作");

		ApiClient.Response checkIn = employee.put("/api/v1/performance/objectives/" + mine.get("id").asString()
				+ "/check-in", Map.of("keyResults", List.of(kr("考核通过（项）", 4, 3), kr("带教新工（人）", 2, 2)), "note", "三项已考"));
		assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(200);
		assertThat(checkIn.json().get("progress").decimalValue()).isEqualByComparingTo("87.50");
		assertThat(jdbc.queryForObject("select count(*) from performance.objective_check_in where objective_id = ?",
				Integer.class, UUID.fromString(mine.get("id").asString()))).isOne();

		hr().post("/api/v1/performance/cycles/" + cycleId + "/phase", Map.of("phase", "SELF_REVIEW"));
		String reviewId = reviewOf(manager, cycleId, self);
		JsonNode review = manager.get("/api/v1/performance/reviews/" + reviewId).json();
		assertThat(review.get("items").get(0).get("name").asString()).isEqualTo("掌握电液控支架操作");
		assertThat(review.get("items").get(0).get("score").decimalValue()).isEqualByComparingTo("87.50");
		assertThat(review.get("score").decimalValue()).isEqualByComparingTo("87.50");
	}

	@Test
	void raterAnswersShowOnlyOnceThreeOfARelationAnswered() {
		DemoData demo = new DemoData(jdbc);
		UUID coal = demo.departmentId(DemoData.DEMO, "COAL-1");
		UUID self = demo.employeeOfUser("employee@demo.example");
		String cycleId = okrCycle(coal, "2035-Q1");
		hr().post("/api/v1/performance/cycles/" + cycleId + "/phase", Map.of("phase", "SELF_REVIEW"));
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		String reviewId = reviewOf(manager, cycleId, self);
		// never a department head: a login of theirs would take over the approval steps of other tests
		List<UUID> colleagues = jdbc.queryForList("""
				select id from employee.employee where department_id = ? and id <> ? and id not in (select manager_id
				 from organization.department where manager_id is not null) order by employee_no limit 3""",
				UUID.class, coal, self);
		List<Map<String, Object>> raters = new ArrayList<>();
		colleagues.forEach(id -> raters.add(Map.of("employeeId", id, "relation", "PEER")));

		JsonNode proposed = employee.put("/api/v1/performance/reviews/" + reviewId + "/raters", Map.of("raters", raters))
			.json();
		assertThat(proposed.findValuesAsString("status")).containsOnly("PROPOSED");
		assertProblem(employee.post("/api/v1/performance/reviews/" + reviewId + "/raters/approve", Map.of()), 403);
		assertThat(manager.post("/api/v1/performance/reviews/" + reviewId + "/raters/approve", Map.of()).json()
			.findValuesAsString("status")).containsOnly("REQUESTED");

		List<ApiClient> peers = colleagues.stream().map(this::loginFor).toList();
		answer(peers.get(0), reviewId, 90, "配合默契");
		answer(peers.get(1), reviewId, 70, "交接班清楚");
		JsonNode two = manager.get("/api/v1/performance/reviews/" + reviewId + "/feedback").json().get("groups").get(0);
		assertThat(two.get("answered").asInt()).isEqualTo(2);
		assertThat(two.get("shown").asBoolean()).isFalse();
		assertThat(two.toString()).doesNotContain("配合默契");
		assertProblem(employee.get("/api/v1/performance/reviews/" + reviewId + "/feedback"), 403);

		answer(peers.get(2), reviewId, 80, "安全意识强");
		JsonNode three = manager.get("/api/v1/performance/reviews/" + reviewId + "/feedback").json().get("groups").get(0);
		assertThat(three.get("shown").asBoolean()).isTrue();
		assertThat(three.get("means").get("综合评价").decimalValue()).isEqualByComparingTo("80.00");
		assertThat(three.get("comments").toString()).contains("配合默契", "交接班清楚", "安全意识强");
		assertThat(three.toString()).doesNotContain(colleagues.get(0).toString());
		String again = request(peers.get(0), reviewId);
		assertThat(again).as("an answered request is no longer asked").isNull();
	}

	private void answer(ApiClient rater, String reviewId, int score, String comment) {
		String request = request(rater, reviewId);
		assertThat(request).isNotNull();
		ApiClient.Response answered = rater.put("/api/v1/performance/feedback/" + request,
				Map.of("scores", Map.of("综合评价", score), "comment", comment));
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertProblem(rater.put("/api/v1/performance/feedback/" + request, Map.of("scores", Map.of("综合评价", 1))), 409);
	}

	private String request(ApiClient rater, String reviewId) {
		for (JsonNode request : rater.inLanguage("zh-CN").get("/api/v1/me/performance/feedback-requests").json()) {
			if (request.get("reviewId").asString().equals(reviewId)) {
				return request.get("id").asString();
			}
		}
		return null;
	}

	private ApiClient loginFor(UUID employeeId) {
		String email = TestUsers.unique("rater") + "@demo.test";
		UUID department = jdbc.queryForObject("select department_id from employee.employee where id = ?", UUID.class,
				employeeId);
		administration.createUser(new NewUser(DemoData.DEMO, email, "评价人", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE),
				null, department, employeeId));
		return ApiClient.as(port, email);
	}

	private String okrCycle(UUID department, String period) {
		String code = TestUsers.unique("OKR").toUpperCase().replaceAll("[^A-Z0-9_]", "_");
		assertThat(hr().put("/api/v1/performance/templates/" + code, Map.of("name", "OKR", "kind", "OKR",
				"competencyWeight", 0, "items", List.of())).status()).isEqualTo(200);
		return created(hr().post("/api/v1/performance/cycles", Map.of("name", "OKR " + period, "kind", "QUARTERLY",
				"period", period, "periodStart", "2026-07-01", "periodEnd", "2026-09-30", "templateCode", code,
				"departmentId", department))).get("id").asString();
	}

	private static String reviewOf(ApiClient viewer, String cycleId, UUID employeeId) {
		for (JsonNode review : viewer.get("/api/v1/performance/cycles/" + cycleId + "/reviews").json()) {
			if (review.get("employeeId").asString().equals(employeeId.toString())) {
				return review.get("id").asString();
			}
		}
		throw new AssertionError("no review of " + employeeId);
	}

	private static Map<String, Object> objective(String title, String kind, UUID owner, String parent,
			List<Map<String, Object>> keyResults) {
		Map<String, Object> objective = new java.util.HashMap<>(Map.of("title", title, "ownerKind", kind,
				"keyResults", keyResults));
		if (owner != null) {
			objective.put("ownerId", owner);
		}
		if (parent != null) {
			objective.put("parentId", parent);
		}
		return objective;
	}

	private static Map<String, Object> kr(String title, int target, int current) {
		return Map.of("title", title, "target", target, "current", current, "confidence", 6);
	}

	private static JsonNode created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}
}
