package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workforce plan endpoints' isolation probes for {@link TenantIsolationTests}: acme neither lists, reads, changes,
 * deletes, tracks nor turns into requisitions a plan of demo, and cannot plan demo's departments and positions.
 */
final class WorkforcePlanIsolationProbes {

	static final String DEMO_PLAN = "示例隔离人力规划";

	private final JdbcTemplate jdbc;

	private final Consumer<String> assertNoDemoData;

	private final UUID demoPlan;

	private final Map<String, Object> demoStrategy;

	WorkforcePlanIsolationProbes(JdbcTemplate jdbc, ApiClient demoHr, DemoData data, Consumer<String> assertNoDemoData) {
		this.jdbc = jdbc;
		this.assertNoDemoData = assertNoDemoData;
		this.demoStrategy = strategy(data.departmentId(DEMO, "COAL-1"), data.positionId(DEMO, "SHEARER"));
		UUID existing = jdbc.query("select id from analytics.workforce_plan where tenant_id = ? and name = ?",
				(rs, n) -> rs.getObject(1, UUID.class), DEMO, DEMO_PLAN).stream().findFirst().orElse(null);
		this.demoPlan = existing != null ? existing
				: UUID.fromString(demoHr.post("/api/v1/workforce-plans", demoStrategy).json().get("id").asString());
	}

	List<Map.Entry<String, Probe>> probes() {
		String plan = "/api/v1/workforce-plans/" + demoPlan;
		return List.of(
				entry("GET /api/v1/workforce-plans", new Probe("acmeListsOnlyItsOwnWorkforcePlans", acme -> {
					ApiClient.Response list = acme.get("/api/v1/workforce-plans");
					assertThat(list.status()).isEqualTo(200);
					assertThat(list.body()).doesNotContain(DEMO_PLAN, demoPlan.toString());
				})),
				entry("POST /api/v1/workforce-plans", new Probe("acmeCannotPlanDemoDepartments",
						acme -> assertThat(assertProblem(acme.post("/api/v1/workforce-plans", demoStrategy), 400).toString())
							.doesNotContain("综采", "采煤机司机"))),
				entry("GET /api/v1/workforce-plans/{id}", new Probe("acmeCannotReadDemoWorkforcePlan", acme -> notFound(acme.get(plan)))),
				entry("PUT /api/v1/workforce-plans/{id}", new Probe("acmeCannotChangeDemoWorkforcePlan", acme -> {
					notFound(acme.put(plan, demoStrategy));
					assertThat(name()).isEqualTo(DEMO_PLAN);
				})),
				entry("DELETE /api/v1/workforce-plans/{id}", new Probe("acmeCannotDeleteDemoWorkforcePlan", acme -> {
					notFound(acme.delete(plan));
					assertThat(name()).isEqualTo(DEMO_PLAN);
				})),
				entry("POST /api/v1/workforce-plans/{id}/requisitions", new Probe("acmeCannotTurnDemoPlanIntoRequisitions", acme -> {
					notFound(acme.post(plan + "/requisitions", null));
					assertThat(jdbc.queryForObject("select count(*) from analytics.workforce_plan_requisition where plan_id = ?",
							Integer.class, demoPlan)).isZero();
				})),
				entry("GET /api/v1/workforce-plans/{id}/tracking", new Probe("acmeCannotTrackDemoWorkforcePlan", acme -> notFound(acme.get(plan + "/tracking")))));
	}

	private String name() {
		return jdbc.queryForObject("select name from analytics.workforce_plan where id = ?", String.class, demoPlan);
	}

	private void notFound(ApiClient.Response response) {
		assertProblem(response, 404);
		assertNoDemoData.accept(response.body());
	}

	private static Map<String, Object> strategy(UUID department, UUID position) {
		return Map.of("name", DEMO_PLAN, "year", 2030,
				"goals", List.of(Map.of("code", "ISO", "nameZh", "隔离目标", "nameEn", "Isolation goal", "metric", "产能",
						"unit", "万吨", "baseline", 100, "target", 110)),
				"outputDrivers", List.of(Map.of("goal", "ISO", "departmentId", department, "positionId", position,
						"outputPerPerson", 5)));
	}
}
