package io.renloop;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leave endpoints' isolation probes for {@link TenantIsolationTests}: acme neither sees nor changes demo's leave
 * types, balances, requests or calendar.
 */
final class LeaveIsolationProbes {

	private final JdbcTemplate jdbc;

	private final UUID demoEmployee;

	private final Consumer<String> assertNoDemoData;

	/** A leave request of demo (the demo data has requests in every state) and its status. */
	private final UUID demoRequest;

	private final String demoRequestStatus;

	/** A leave type only demo has. */
	static final String DEMO_TYPE = "ISO_DEMO_HOME_LEAVE";

	LeaveIsolationProbes(JdbcTemplate jdbc, ApiClient demoHr, UUID demoEmployee, Consumer<String> assertNoDemoData) {
		this.jdbc = jdbc;
		this.demoEmployee = demoEmployee;
		this.assertNoDemoData = assertNoDemoData;
		assertThat(demoHr.put("/api/v1/leave/types/" + DEMO_TYPE, Map.of("nameZh", "示例探亲假", "nameEn",
				"Demo home leave", "unit", "DAY", "paid", true, "hasBalance", false, "dayBasis", "CALENDAR_DAYS"))
			.status()).isEqualTo(200);
		this.demoRequest = jdbc.queryForObject("select id from leave.leave_request where tenant_id = ? limit 1",
				UUID.class, DEMO);
		this.demoRequestStatus = status();
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(
				entry("GET /api/v1/leave/types", new Probe("acmeListsOnlyItsOwnLeaveTypes", acme -> {
					ApiClient.Response types = acme.get("/api/v1/leave/types");
					assertThat(types.status()).isEqualTo(200);
					assertThat(types.body()).doesNotContain(DEMO_TYPE).doesNotContain("示例探亲假");
				})),
				entry("PUT /api/v1/leave/types/{code}", new Probe("acmeLeaveTypeLandsInAcme", acme -> {
					assertThat(acme.put("/api/v1/leave/types/" + DEMO_TYPE, Map.of("nameZh", "被改", "nameEn", "Hacked",
							"unit", "DAY", "paid", false, "hasBalance", false, "dayBasis", "WORKING_DAYS")).status())
						.isEqualTo(200);
					assertThat(jdbc.queryForObject("select name_zh from leave.leave_type where tenant_id = ? and code = ?",
							String.class, DEMO, DEMO_TYPE)).isEqualTo("示例探亲假");
					assertThat(jdbc.queryForObject("select count(*) from leave.leave_type where tenant_id = ? and code = ?",
							Long.class, ACME, DEMO_TYPE)).isEqualTo(1);
				})),
				entry("GET /api/v1/leave/rules", new Probe("acmeReadsTheLawNotDemoSettings", acme -> {
					ApiClient.Response rules = acme.get("/api/v1/leave/rules");
					assertThat(rules.status()).isEqualTo(200);
					assertThat(rules.json().get("province").asString()).isEqualTo("CN");
					assertNoDemoData.accept(rules.body());
				})),
				entry("GET /api/v1/leave/medical-period", new Probe("acmeCannotReadDemoMedicalPeriod",
						acme -> notFound(acme.get("/api/v1/leave/medical-period?employeeId=" + demoEmployee)))),
				entry("GET /api/v1/leave/balances", new Probe("acmeCannotReadDemoBalances",
						acme -> notFound(acme.get("/api/v1/leave/balances?employeeId=" + demoEmployee)))),
				entry("GET /api/v1/me/leave/balances", new Probe("acmeOwnBalancesHoldNoDemoData",
						acme -> assertNoDemoData.accept(acme.get("/api/v1/me/leave/balances").body()))),
				entry("POST /api/v1/leave/balances/adjustments", new Probe("acmeCannotAdjustDemoBalance", acme -> {
					long before = grants();
					notFound(acme.post("/api/v1/leave/balances/adjustments", Map.of("employeeId", demoEmployee, "type",
							"COMPENSATORY", "days", 5, "reason", "probe")));
					assertThat(grants()).isEqualTo(before);
				})),
				entry("POST /api/v1/leave/requests", new Probe("acmeCannotRequestLeaveForDemoEmployee", acme -> {
					notFound(acme.post("/api/v1/leave/requests", Map.of("employeeId", demoEmployee, "type", "PERSONAL",
							"start", "2026-03-02", "end", "2026-03-02")));
					assertThat(jdbc.queryForObject("select count(*) from leave.leave_request where tenant_id = ?",
							Long.class, ACME)).isZero();
				})),
				entry("GET /api/v1/leave/requests", new Probe("acmeListsNoDemoRequests", acme -> {
					ApiClient.Response list = acme.get("/api/v1/leave/requests");
					assertThat(list.status()).isEqualTo(200);
					assertThat(list.body()).doesNotContain(demoRequest.toString());
					assertNoDemoData.accept(list.body());
					notFound(acme.get("/api/v1/leave/requests?employeeId=" + demoEmployee));
				})),
				entry("GET /api/v1/me/leave/requests", new Probe("acmeOwnRequestsHoldNoDemoData",
						acme -> assertThat(acme.get("/api/v1/me/leave/requests").body())
							.doesNotContain(demoRequest.toString()))),
				entry("GET /api/v1/leave/requests/{id}", new Probe("acmeCannotReadDemoRequest",
						acme -> notFound(acme.get("/api/v1/leave/requests/" + demoRequest)))),
				entry("POST /api/v1/leave/requests/{id}/cancel", new Probe("acmeCannotCancelDemoRequest", acme -> {
					notFound(acme.post("/api/v1/leave/requests/" + demoRequest + "/cancel", null));
					assertThat(status()).isEqualTo(demoRequestStatus);
				})),
				entry("POST /api/v1/leave/requests/{id}/return", new Probe("acmeCannotEndDemoLeaveEarly", acme -> {
					notFound(acme.post("/api/v1/leave/requests/" + demoRequest + "/return",
							Map.of("lastDay", "2026-03-02")));
					assertThat(status()).isEqualTo(demoRequestStatus);
				})),
				entry("GET /api/v1/leave/calendar", new Probe("acmeCalendarShowsNoDemoEmployee", acme -> {
					ApiClient.Response away = acme.get("/api/v1/leave/calendar?from=2026-01-01&to=2026-03-01");
					assertThat(away.status()).isEqualTo(200);
					assertThat(away.body()).doesNotContain(demoEmployee.toString());
					assertNoDemoData.accept(away.body());
				})));
	}

	private void notFound(ApiClient.Response response) {
		assertProblem(response, 404);
		assertNoDemoData.accept(response.body());
	}

	private String status() {
		return jdbc.queryForObject("select status from leave.leave_request where id = ?", String.class, demoRequest);
	}

	private long grants() {
		return jdbc.queryForObject("select count(*) from leave.balance_grant", Long.class);
	}
}
