package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * manager@demo.example (综采事业部, SUBTREE scope) sees only their subtree in every series and every drill-down; HR sees
 * the whole company. A unit outside the manager's subtree is refused.
 */
@RenloopIntegrationTest
class DashboardsShowAManagerOnlyTheirSubtreeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everySeriesAndEveryDrillDownStaysInTheManagersSubtree() {
		DashboardFixtures fixtures = new DashboardFixtures(jdbc, events, transactions);
		DemoData data = new DemoData(jdbc);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		UUID mining = data.departmentId(DEMO, "MINING");
		Set<String> subtree = subtree(mining);
		UUID inside = fixtures.hired(hr, data.departmentId(DEMO, "COAL-1"), LocalDate.of(2024, 3, 4));
		UUID outside = fixtures.hired(hr, data.departmentId(DEMO, "SALES-E"), LocalDate.of(2024, 3, 4));
		String period = "?from=2024-01-01&to=2024-12-31";

		for (String dashboard : List.of("headcount", "turnover", "tenure-age", "hiring", "attendance", "performance",
				"training")) {
			ApiClient.Response answer = manager.get("/api/v1/analytics/" + dashboard + period);
			assertThat(answer.status()).as(dashboard + ": " + answer.body()).isEqualTo(200);
			for (JsonNode series : answer.json().get("series")) {
				for (JsonNode point : series.get("points")) {
					if (isUnit(point.get("x").asString())) {
						assertThat(subtree).as(dashboard + " " + series.get("key")).contains(point.get("x").asString());
					}
				}
			}
		}
		JsonNode hrHeadcount = hr.get("/api/v1/analytics/headcount" + period).json();
		assertThat(hrHeadcount.toString()).contains(data.departmentId(DEMO, "SALES").toString());

		String hires = "/api/v1/analytics/turnover/rows?series=hires&x=2024-03" + period.replace('?', '&');
		JsonNode managersHires = manager.get(hires).json();
		assertThat(managersHires.toString()).contains(inside.toString()).doesNotContain(outside.toString());
		managersHires.forEach(row -> assertThat(subtree).contains(row.get("departmentId").asString()));
		assertThat(hr.get(hires).body()).contains(inside.toString(), outside.toString());

		String headcountOfSales = "/api/v1/analytics/headcount/rows?series=headcount&x="
				+ data.departmentId(DEMO, "SALES") + period.replace('?', '&');
		assertThat(manager.get(headcountOfSales).json().size()).as("a unit the manager does not see has no rows")
			.isZero();
		assertThat(hr.get(headcountOfSales).body()).contains(outside.toString());

		assertProblem(manager.get("/api/v1/analytics/headcount?departmentId=" + data.departmentId(DEMO, "SALES")), 403);
		assertProblem(manager.get("/api/v1/analytics/payroll-cost" + period), 403);
		JsonNode coal = manager.get("/api/v1/analytics/headcount" + period + "&departmentId="
				+ data.departmentId(DEMO, "COAL-1")).json();
		assertThat(coal.get("departmentId").asString()).isEqualTo(data.departmentId(DEMO, "COAL-1").toString());
	}

	private Set<String> subtree(UUID root) {
		return new HashSet<>(jdbc.queryForList("""
				with recursive tree as (select id from organization.department where id = ?
				  union all select d.id from organization.department d join tree t on d.parent_id = t.id)
				select id::text from tree""", String.class, root));
	}

	private static boolean isUnit(String x) {
		try {
			UUID.fromString(x);
			return true;
		}
		catch (IllegalArgumentException notAUnit) {
			return false;
		}
	}
}
