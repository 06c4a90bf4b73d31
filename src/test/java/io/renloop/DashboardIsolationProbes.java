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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people dashboards' isolation probes for {@link TenantIsolationTests}: acme's figures and rows count acme's
 * people only, a demo unit is unknown to acme, and acme's rebuild leaves the demo read models alone.
 */
final class DashboardIsolationProbes {

	private final JdbcTemplate jdbc;

	private final UUID demoUnit;

	DashboardIsolationProbes(DemoData data, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.demoUnit = data.departmentId(DEMO, "MINING");
	}

	List<Map.Entry<String, Probe>> probes() {
		String ofDemoUnit = "departmentId=" + demoUnit;
		return List.of(
				entry("GET /api/v1/analytics/{dashboard}", new Probe("acmeDashboardsCountNoDemoPeople", acme -> {
					ApiClient.Response headcount = acme.get("/api/v1/analytics/headcount");
					assertThat(headcount.status()).isEqualTo(200);
					assertThat(headcount.body()).doesNotContain("综采事业部", "示例能源集团", demoUnit.toString());
					assertProblem(acme.get("/api/v1/analytics/headcount?" + ofDemoUnit), 404);
				})),
				entry("GET /api/v1/analytics/{dashboard}/rows", new Probe("acmeRowsListNoDemoPeople", acme -> {
					ApiClient.Response rows = acme.get("/api/v1/analytics/headcount/rows?series=headcount&x=" + demoUnit);
					assertThat(rows.status()).isEqualTo(200);
					assertThat(rows.json().size()).isZero();
					assertProblem(acme.get("/api/v1/analytics/headcount/rows?series=headcount&x=" + demoUnit + "&"
							+ ofDemoUnit), 404);
				})),
				entry("GET /api/v1/analytics/{dashboard}/export", new Probe("acmeCannotExportDemoUnit",
						acme -> assertProblem(acme.get("/api/v1/analytics/headcount/export?" + ofDemoUnit), 404))),
				entry("GET /api/v1/analytics/{dashboard}/rows/export", new Probe("acmeCannotExportDemoRows",
						acme -> assertProblem(acme.get("/api/v1/analytics/headcount/rows/export?series=headcount&x="
								+ demoUnit + "&" + ofDemoUnit), 404))),
				entry("POST /api/v1/analytics/rebuild", new Probe("acmeRebuildLeavesDemoReadModels", acme -> {
					long before = demoPeople();
					ApiClient.Response rebuilt = acme.post("/api/v1/analytics/rebuild", Map.of());
					assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
					assertThat(rebuilt.body()).doesNotContain("综采事业部");
					assertThat(demoPeople()).isEqualTo(before);
				})));
	}

	private long demoPeople() {
		return jdbc.queryForObject("select count(*) from analytics.person_fact where tenant_id = ?", Long.class, DEMO);
	}
}
