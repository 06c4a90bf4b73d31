package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/analytics/rebuild} empties the tenant's read models and refills them from the modules' public
 * APIs: an employee hired, transferred and terminated through the API has the same rows after the rebuild as the
 * events gave, and the rebuild is audited and reserved to ANALYTICS_ADMIN.
 */
@RenloopIntegrationTest
class DashboardReadModelsRebuildToTheRowsTheEventsGaveTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aRebuildGivesTheRowsTheEventsGave() {
		DashboardFixtures fixtures = new DashboardFixtures(jdbc, events, transactions);
		DemoData data = new DemoData(jdbc);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID employee = fixtures.hired(hr, data.departmentId(DEMO, "VENT"), LocalDate.of(2023, 5, 8));
		UUID transferredTo = data.departmentId(DEMO, "SAFETY");
		lifecycle(hr, employee, Map.of("type", "TRANSFER", "effectiveDate", "2024-01-02", "departmentId",
				transferredTo));
		lifecycle(hr, employee, Map.of("type", "TERMINATION", "effectiveDate", "2025-02-28", "reason", "看板测试"));
		fixtures.awaitDelivered(employee);
		String incremental = fixtures.employeeRows(employee);
		assertThat(incremental).contains("department_id=" + transferredTo, "exit_date=2025-02-28", "change_type=TRANSFER",
				"change_type=TERMINATION");

		ApiClient.Response rebuilt = hr.post("/api/v1/analytics/rebuild", Map.of());

		assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
		assertThat(rebuilt.json().get("people").asInt()).isPositive();
		assertThat(fixtures.employeeRows(employee)).isEqualTo(incremental);
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where tenant_id = ? and action = "
				+ "'REBUILD' and entity_type = 'AnalyticsReadModels'", Long.class, DEMO)).isPositive();
		JsonNode afterwards = hr.get("/api/v1/analytics/turnover/rows?series=exitsUnclassified&x=2025-02&from=2025-01-01"
				+ "&to=2025-12-31").json();
		assertThat(afterwards.toString()).contains(employee.toString());
		assertProblem(ApiClient.as(port, "manager@demo.example").post("/api/v1/analytics/rebuild", Map.of()), 403);
	}

	private static void lifecycle(ApiClient hr, UUID employee, Map<String, Object> change) {
		ApiClient.Response changed = hr.post("/api/v1/employees/" + employee + "/lifecycle", change);
		assertThat(changed.status()).as(changed.body()).isBetween(200, 299);
	}
}
