package io.renloop.performance;

import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.Approvals;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A cycle's life through the API: metric data in, the employee's self review, the manager's score with its formula,
 * calibration with a reason, HR's approval, publication, the grade in payroll's performance factor, the result on
 * the employee's side and one appeal; managers stay within their subtree.
 */
@RenloopIntegrationTest
class PerformanceCycleGoesFromSelfReviewToPublishedResultsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	ApiClient hr() {
		return ApiClient.as(port, "hr@demo.example");
	}

	/** A KPI template of its own: coal output scored linearly (800 → 0, 1,200 → 100), a safety veto. */
	String template() {
		String code = TestUsers.unique("KPI").toUpperCase().replaceAll("[^A-Z0-9_]", "_");
		code = code.substring(0, Math.min(40, code.length()));
		ApiClient.Response saved = hr().put("/api/v1/performance/templates/" + code, Map.of("name", "采煤 KPI",
				"kind", "KPI", "competencyWeight", 0, "items", List.of(
						Map.of("code", "OUTPUT", "name", "原煤产量", "weight", 100, "metric", "COAL_OUTPUT", "threshold",
								800, "target", 1200),
						Map.of("code", "SAFETY", "name", "安全事故", "weight", 0, "metric", "SAFETY_INCIDENTS", "target", 0,
								"veto", true))));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		return code;
	}

	String cycle(String template, String departmentCode, String period, boolean forced) {
		ApiClient.Response created = hr().post("/api/v1/performance/cycles", Map.of("name", "测试 " + period, "kind",
				"QUARTERLY", "period", period, "periodStart", "2026-07-01", "periodEnd", "2026-09-30", "templateCode",
				template, "departmentId", new DemoData(jdbc).departmentId(DemoData.DEMO, departmentCode),
				"forcedDistribution", forced));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	@Test
	void theEmployeeReviewsTheManagerScoresHrCalibratesAndTheResultReachesPayAndThePhone() {
		DemoData demo = new DemoData(jdbc);
		UUID employeeId = demo.employeeOfUser("employee@demo.example");
		String employeeNo = jdbc.queryForObject("select employee_no from employee.employee where id = ?", String.class,
				employeeId);
		String cycleId = cycle(template(), "COAL-1", "2031-Q3", false);
		ApiClient employee = ApiClient.as(port, "employee@demo.example");
		ApiClient manager = ApiClient.as(port, "manager@demo.example");

		ApiClient.Response metrics = hr().post("/api/v1/performance/metrics", Map.of("period", "2031-Q3", "values",
				List.of(Map.of("departmentCode", "COAL-1", "metric", "COAL_OUTPUT", "value", 1000, "source", "MES 三季度"),
						Map.of("departmentCode", "COAL-1", "metric", "SAFETY_INCIDENTS", "value", 0, "source", "安监系统"),
						Map.of("employeeNo", employeeNo, "metric", "COAL_OUTPUT", "value", 1100, "source", "MES 个人"))));
		assertThat(metrics.status()).as(metrics.body()).isEqualTo(201);
		assertThat(hr().post("/api/v1/performance/cycles/" + cycleId + "/phase", Map.of("phase", "SELF_REVIEW"))
			.status()).isEqualTo(200);

		String reviewId = reviewIn(employee.get("/api/v1/me/performance").json(), cycleId);
		assertThat(reviewId).as("the employee has a review in the cycle").isNotNull();
		ApiClient.Response self = employee.put("/api/v1/performance/reviews/" + reviewId + "/self",
				Map.of("scores", Map.of("OUTPUT", 95), "comment", "超额完成", "submit", true));
		assertThat(self.status()).as(self.body()).isEqualTo(200);
		assertThat(self.json().get("status").asString()).isEqualTo("MANAGER_REVIEW");
		assertThat(self.json().get("grade").isNull()).as("no grade shown before publication").isTrue();
		assertProblem(employee.put("/api/v1/performance/reviews/" + reviewId + "/manager", Map.of("submit", true)), 403);

		ApiClient.Response scored = manager.put("/api/v1/performance/reviews/" + reviewId + "/manager",
				Map.of("comment", "稳定", "potential", 3, "submit", true));
		assertThat(scored.status()).as(scored.body()).isEqualTo(200);
		assertThat(scored.json().get("score").decimalValue()).isEqualByComparingTo("75.00");
		JsonNode output = scored.json().get("items").get(0);
		assertThat(output.get("source").asString()).isEqualTo("MES 个人");
		assertThat(output.get("explanation").asString()).contains("1,100.00", "= 75.00");

		assertThat(hr().post("/api/v1/performance/cycles/" + cycleId + "/score", Map.of()).json().get("scored").asInt())
			.isEqualTo(hr().get("/api/v1/performance/cycles/" + cycleId).json().get("reviewCount").asInt());
		assertThat(hr().post("/api/v1/performance/cycles/" + cycleId + "/phase", Map.of("phase", "CALIBRATION"))
			.status()).isEqualTo(200);
		JsonNode calibration = manager.get("/api/v1/performance/cycles/" + cycleId + "/calibration").json();
		assertThat(calibration.get("departments").get(0).get("before").get("B").asInt()).isPositive();
		assertProblem(hr().put("/api/v1/performance/cycles/" + cycleId + "/calibration",
				Map.of("moves", List.of(Map.of("reviewId", reviewId, "grade", "A", "reason", " ")))), 400);
		ApiClient.Response moved = hr().put("/api/v1/performance/cycles/" + cycleId + "/calibration",
				Map.of("moves", List.of(Map.of("reviewId", reviewId, "grade", "A", "reason", "顶班三周，产量贡献大"))));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("moves").get(0).get("reason").asString()).isEqualTo("顶班三周，产量贡献大");
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = "
				+ "'PerformanceReview' and action = 'CALIBRATE' and entity_id = ?", Integer.class, reviewId)).isOne();

		assertThat(hr().post("/api/v1/performance/cycles/" + cycleId + "/submit", Map.of()).json().get("phase")
			.asString()).isEqualTo("APPROVAL");
		Approvals.approve(port, "hr@demo.example", cycleId);
		assertThat(Eventually.await(() -> "APPROVED".equals(hr().get("/api/v1/performance/cycles/" + cycleId).json()
			.get("phase").asString()) ? true : null)).isTrue();
		assertThat(hr().post("/api/v1/performance/cycles/" + cycleId + "/publish", Map.of()).json().get("phase")
			.asString()).isEqualTo("PUBLISHED");

		BigDecimal factor = Eventually.await(() -> jdbc.query("""
				select factor from payroll.performance_grade where cycle_id = ? and employee_id = ?""",
				(rs, n) -> rs.getBigDecimal(1), UUID.fromString(cycleId), employeeId).stream().findFirst().orElse(null));
		assertThat(factor).as("payroll received grade A").isEqualByComparingTo("1.20");

		JsonNode mine = review(employee.get("/api/v1/me/performance").json(), cycleId);
		assertThat(mine.get("finalGrade").asString()).isEqualTo("A");
		assertThat(mine.get("grade").asString()).isEqualTo("B");
		ApiClient.Response appealed = employee.post("/api/v1/me/performance/" + reviewId + "/appeal",
				Map.of("reason", "请复核个人产量数据"));
		assertThat(appealed.status()).as(appealed.body()).isEqualTo(200);
		assertThat(appealed.json().get("status").asString()).isEqualTo("APPEALED");
		assertProblem(employee.post("/api/v1/me/performance/" + reviewId + "/appeal", Map.of("reason", "再次")), 409);
	}

	@Test
	void managersNeitherSeeNorScoreOutsideTheirSubtreeAndForcedDistributionCapsTheBestGrades() {
		String cycleId = cycle(template(), "IT", "2032-Q3", true);
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		JsonNode reviews = hr().get("/api/v1/performance/cycles/" + cycleId + "/reviews").json();
		assertThat(reviews.size()).isGreaterThan(1);
		String outside = reviews.get(0).get("id").asString();

		assertThat(manager.get("/api/v1/performance/cycles/" + cycleId + "/reviews").json()).isEmpty();
		assertProblem(manager.get("/api/v1/performance/reviews/" + outside), 404);
		assertProblem(manager.put("/api/v1/performance/reviews/" + outside + "/manager", Map.of("submit", true)), 404);

		List<String> numbers = new java.util.ArrayList<>();
		reviews.forEach(r -> numbers.add(r.get("employeeNo").asString()));
		hr().post("/api/v1/performance/metrics", Map.of("period", "2032-Q3", "values", List.of(
				Map.of("departmentCode", "IT", "metric", "COAL_OUTPUT", "value", 1000, "source", "test"),
				Map.of("departmentCode", "IT", "metric", "SAFETY_INCIDENTS", "value", 0, "source", "test"))));
		hr().post("/api/v1/performance/cycles/" + cycleId + "/phase", Map.of("phase", "CALIBRATION"));
		hr().post("/api/v1/performance/cycles/" + cycleId + "/score", Map.of());
		List<Map<String, Object>> everyoneS = new java.util.ArrayList<>();
		reviews.forEach(r -> everyoneS.add(Map.of("reviewId", r.get("id").asString(), "grade", "S", "reason", "全员优秀")));
		assertProblem(hr().put("/api/v1/performance/cycles/" + cycleId + "/calibration", Map.of("moves", everyoneS)),
				409);
		JsonNode after = hr().get("/api/v1/performance/cycles/" + cycleId + "/calibration").json();
		assertThat(after.get("moves")).as("nothing half-saved").isEmpty();
	}

	@Test
	void badTemplatesAndMetricRowsAreRefusedInTheCallersLanguage() {
		ApiClient zh = hr().inLanguage("zh-CN");
		JsonNode weights = assertProblem(zh.put("/api/v1/performance/templates/BAD_WEIGHTS", Map.of("name", "x", "kind",
				"KPI", "competencyWeight", 0, "items", List.of(Map.of("code", "A", "name", "a", "weight", 60)))), 400);
		assertThat(weights.toString()).contains("100");
		JsonNode escape = assertProblem(zh.put("/api/v1/performance/templates/BAD_FORMULA", Map.of("name", "x", "kind",
				"KPI", "competencyWeight", 0, "items", List.of(Map.of("code", "A", "name", "a", "weight", 100,
						"metric", "M", "threshold", 0, "target", 1, "formula", "Class.forName('x')")))), 400);
		assertThat(escape.toString()).contains("公式");
		ApiClient.Response rows = zh.post("/api/v1/performance/metrics", Map.of("period", "2033-Q1", "values", List.of(
				Map.of("employeeNo", "NOBODY-X", "metric", "M", "value", 1, "source", "s"),
				Map.of("departmentCode", "NO-SUCH", "metric", "M", "value", 1, "source", "s"))));
		assertThat(rows.status()).isEqualTo(422);
		assertThat(rows.json().get("errors")).hasSize(2);
		assertThat(rows.json().get("errors").get(0).get("message").asString()).contains("NOBODY-X");
		assertProblem(zh.post("/api/v1/performance/cycles", Map.of("name", "x", "kind", "QUARTERLY", "period", "2026-Q5",
				"periodStart", "2026-07-01", "periodEnd", "2026-09-30", "templateCode", "X")), 400);
	}

	@Test
	void aTenantSetsItsOwnGradesAndBadScalesAreRefused() {
		String tenant = TestUsers.createTenant(administration, "grades");
		ApiClient hr = ApiClient.as(port, TestUsers.createUser(administration, tenant, Role.HR_ADMIN)).inLanguage("zh-CN");
		assertThat(hr.get("/api/v1/performance/guidance").json().get(0).get("code").asString()).isEqualTo("S");
		assertProblem(hr.put("/api/v1/performance/guidance", Map.of("grades", List.of(Map.of("code", "A", "minScore", 80,
				"share", 30), Map.of("code", "B", "minScore", 0, "share", 60)))), 400);
		ApiClient.Response saved = hr.put("/api/v1/performance/guidance", Map.of("grades", List.of(
				Map.of("code", "C", "minScore", 0, "share", 30), Map.of("code", "A", "minScore", 85, "share", 20),
				Map.of("code", "B", "minScore", 60, "share", 50))));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().findValuesAsString("code")).containsExactly("A", "B", "C");
		assertThat(new DemoData(jdbc).count("performance.grade_guidance", DemoData.DEMO)).isZero();
	}

	static String reviewIn(JsonNode reviews, String cycleId) {
		JsonNode review = review(reviews, cycleId);
		return review == null ? null : review.get("id").asString();
	}

	static JsonNode review(JsonNode reviews, String cycleId) {
		for (JsonNode review : reviews) {
			if (review.get("cycleId").asString().equals(cycleId)) {
				return review;
			}
		}
		return null;
	}
}
