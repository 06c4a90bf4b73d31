package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import io.renloop.support.Multipart;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The isolation probes of performance for {@link TenantIsolationTests}: acme reaches none of demo's templates,
 * cycles, reviews, calibration, metric data or results, and what acme saves stays acme's.
 */
final class PerformanceIsolationProbes {

	private final JdbcTemplate jdbc;

	/** Demo's published cycle, one of its reviews and that employee's number. */
	private final UUID demoCycle;

	private final UUID demoReview;

	private final String demoNumber;

	/** A demo objective and a demo 360 request, or random ids while the demo has none. */
	private final UUID demoObjective;

	private final UUID demoFeedback;

	PerformanceIsolationProbes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.demoCycle = jdbc.queryForObject("""
				select id from performance.cycle where tenant_id = ? order by period_end limit 1""", UUID.class, DEMO);
		this.demoReview = jdbc.queryForObject("select id from performance.review where cycle_id = ? limit 1",
				UUID.class, demoCycle);
		this.demoNumber = jdbc.queryForObject("select employee_no from performance.review where id = ?", String.class,
				demoReview);
		this.demoObjective = jdbc.query("select id from performance.objective where tenant_id = ? limit 1",
				(rs, n) -> rs.getObject(1, UUID.class), DEMO).stream().findFirst().orElse(UUID.randomUUID());
		this.demoFeedback = jdbc.query("select id from performance.feedback where tenant_id = ? limit 1",
				(rs, n) -> rs.getObject(1, UUID.class), DEMO).stream().findFirst().orElse(UUID.randomUUID());
	}

	List<Map.Entry<String, Probe>> probes() {
		String cycle = "/api/v1/performance/cycles/" + demoCycle;
		String review = "/api/v1/performance/reviews/" + demoReview;
		return List.of(
				entry("GET /api/v1/performance/guidance", new Probe("acmeReadsItsOwnGrades",
						acme -> assertThat(acme.get("/api/v1/performance/guidance").status()).isIn(200, 403))),
				entry("PUT /api/v1/performance/guidance", new Probe("acmeGradesNeverReachDemo", acme -> {
					acme.put("/api/v1/performance/guidance", Map.of("grades", List.of(Map.of("code", "X", "minScore", 0,
							"share", 50))));
					assertThat(jdbc.queryForObject("select count(*) from performance.grade_guidance where tenant_id = ?",
							Integer.class, DEMO)).isZero();
				})),
				entry("GET /api/v1/performance/templates", new Probe("acmeSeesNoDemoTemplate",
						acme -> assertThat(acme.get("/api/v1/performance/templates").body()).doesNotContain("MINE_KPI"))),
				entry("PUT /api/v1/performance/templates/{code}", new Probe("acmeTemplateLandsInAcme", acme -> {
					acme.put("/api/v1/performance/templates/MINE_KPI", Map.of("name", "Hacked", "kind", "KPI",
							"competencyWeight", 0, "items", List.of(Map.of("code", "A", "name", "a", "weight", 100))));
					assertThat(jdbc.queryForObject("select name from performance.template where tenant_id = ? and code ="
							+ " 'MINE_KPI'", String.class, DEMO)).doesNotContain("Hacked");
				})),
				entry("POST /api/v1/performance/cycles", new Probe("acmeCannotOpenACycleOnADemoDepartment", acme -> {
					UUID mining = jdbc.queryForObject("select department_id from performance.cycle where id = ?",
							UUID.class, demoCycle);
					assertThat(acme.post("/api/v1/performance/cycles", Map.of("name", "x", "kind", "QUARTERLY",
							"period", "2040-Q1", "periodStart", "2026-01-01", "periodEnd", "2026-03-31", "templateCode",
							"MINE_KPI", "departmentId", mining)).status()).isIn(400, 403, 404);
					assertThat(jdbc.queryForObject("select count(*) from performance.cycle where period = '2040-Q1'",
							Integer.class)).isZero();
				})),
				entry("GET /api/v1/performance/cycles", new Probe("acmeListsNoDemoCycle",
						acme -> assertThat(acme.get("/api/v1/performance/cycles").body())
							.doesNotContain(demoCycle.toString()))),
				entry("GET /api/v1/performance/cycles/{id}", new Probe("acmeCannotReadADemoCycle",
						acme -> notFound(acme.get(cycle)))),
				entry("POST /api/v1/performance/cycles/{id}/phase", new Probe("acmeCannotMoveADemoCycle",
						acme -> notFound(acme.post(cycle + "/phase", Map.of("phase", "CALIBRATION"))))),
				entry("GET /api/v1/performance/cycles/{id}/reviews", new Probe("acmeCannotListDemoReviews",
						acme -> notFound(acme.get(cycle + "/reviews")))),
				entry("POST /api/v1/performance/cycles/{id}/score", new Probe("acmeCannotScoreADemoCycle",
						acme -> notFound(acme.post(cycle + "/score", Map.of())))),
				entry("GET /api/v1/performance/cycles/{id}/calibration", new Probe("acmeCannotReadDemoCalibration",
						acme -> notFound(acme.get(cycle + "/calibration")))),
				entry("PUT /api/v1/performance/cycles/{id}/calibration", new Probe("acmeCannotCalibrateDemo",
						acme -> notFound(acme.put(cycle + "/calibration", Map.of("moves", List.of(Map.of("reviewId",
								demoReview, "grade", "S", "reason", "x"))))))),
				entry("POST /api/v1/performance/cycles/{id}/submit", new Probe("acmeCannotSubmitADemoCycle",
						acme -> notFound(acme.post(cycle + "/submit", Map.of())))),
				entry("POST /api/v1/performance/cycles/{id}/publish", new Probe("acmeCannotPublishADemoCycle",
						acme -> notFound(acme.post(cycle + "/publish", Map.of())))),
				entry("POST /api/v1/performance/metrics", new Probe("acmeCannotSendDemoMetrics", acme -> {
					ApiClient.Response sent = acme.post("/api/v1/performance/metrics", Map.of("period", "2040-Q2",
							"values", List.of(Map.of("employeeNo", demoNumber, "metric", "COAL_OUTPUT", "value", 1,
									"source", "x"))));
					assertThat(sent.status()).isIn(403, 422);
					assertNoMetrics("2040-Q2");
				})),
				entry("POST /api/v1/performance/metrics/file", new Probe("acmeCannotImportDemoMetrics", acme -> {
					ApiClient.Response sent = Multipart.form(Map.of("period", "2040-Q3"), "file", "m.csv",
							"工号,指标,数值,来源\n" + demoNumber + ",COAL_OUTPUT,1,x\n")
						.postTo(acme, "/api/v1/performance/metrics/file");
					assertThat(sent.status()).isIn(403, 422);
					assertNoMetrics("2040-Q3");
				})),
				entry("GET /api/v1/performance/talent-review", new Probe("acmeSeesNoDemoTalent",
						acme -> assertThat(acme.get("/api/v1/performance/talent-review").body())
							.doesNotContain(demoCycle.toString(), demoNumber))),
				entry("GET /api/v1/performance/reviews/{id}", new Probe("acmeCannotReadADemoReview",
						acme -> notFound(acme.get(review)))),
				entry("PUT /api/v1/performance/reviews/{id}/self", new Probe("acmeCannotWriteADemoSelfReview",
						acme -> notFound(acme.put(review + "/self", Map.of("submit", true))))),
				entry("PUT /api/v1/performance/reviews/{id}/manager", new Probe("acmeCannotScoreADemoReview",
						acme -> notFound(acme.put(review + "/manager", Map.of("submit", true))))),
				entry("GET /api/v1/me/performance", new Probe("acmeReadsNoDemoResult",
						acme -> assertThat(acme.get("/api/v1/me/performance").body()).doesNotContain(demoNumber))),
				entry("POST /api/v1/me/performance/{reviewId}/appeal", new Probe("acmeCannotAppealADemoResult",
						acme -> notFound(acme.post("/api/v1/me/performance/" + demoReview + "/appeal",
								Map.of("reason", "x"))))),
				entry("GET /api/v1/performance/cycles/{id}/objectives", new Probe("acmeCannotReadDemoObjectives",
						acme -> notFound(acme.get(cycle + "/objectives")))),
				entry("POST /api/v1/performance/cycles/{id}/objectives", new Probe("acmeCannotAddADemoObjective",
						acme -> notFound(acme.post(cycle + "/objectives", Map.of("title", "t", "ownerKind", "COMPANY",
								"keyResults", List.of(Map.of("title", "k", "target", 1, "current", 0, "confidence", 5))))))),
				entry("PUT /api/v1/performance/objectives/{id}/check-in", new Probe("acmeCannotCheckInOnADemoObjective",
						acme -> notFound(acme.put("/api/v1/performance/objectives/" + demoObjective + "/check-in",
								Map.of("keyResults", List.of(Map.of("title", "k", "target", 1, "current", 1,
										"confidence", 5))))))),
				entry("PUT /api/v1/performance/reviews/{id}/raters", new Probe("acmeCannotChooseDemoRaters",
						acme -> notFound(acme.put(review + "/raters", Map.of("raters", List.of(Map.of("employeeId",
								UUID.randomUUID(), "relation", "PEER"))))))),
				entry("POST /api/v1/performance/reviews/{id}/raters/approve", new Probe("acmeCannotApproveDemoRaters",
						acme -> notFound(acme.post(review + "/raters/approve", Map.of())))),
				entry("GET /api/v1/performance/reviews/{id}/feedback", new Probe("acmeCannotReadDemoFeedback",
						acme -> notFound(acme.get(review + "/feedback")))),
				entry("GET /api/v1/me/performance/feedback-requests", new Probe("acmeIsAskedNothingAboutDemo",
						acme -> assertThat(acme.get("/api/v1/me/performance/feedback-requests").body())
							.doesNotContain(demoReview.toString()))),
				entry("PUT /api/v1/performance/feedback/{id}", new Probe("acmeCannotAnswerDemoFeedback",
						acme -> notFound(acme.put("/api/v1/performance/feedback/" + demoFeedback, Map.of("scores",
								Map.of("沟通", 1)))))));
	}

	private void assertNoMetrics(String period) {
		assertThat(jdbc.queryForObject("select count(*) from performance.metric_value where period = ?", Integer.class,
				period)).isZero();
	}

	private static void notFound(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isIn(403, 404);
	}
}
