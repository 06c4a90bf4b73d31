package io.renloop.analytics;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.organization.Organization;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantTime;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The tenant's own model learns from the read models who left in the last year (here: people with much overtime and
 * no raise), and the attrition-risk list shows the riskiest current employees with those reasons — to HR for the
 * tenant, to a manager only within their subtree.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttritionRiskIsExplainedWithinTheViewersScopeTests {

	static final String RISKS = "/api/v1/analytics/attrition-risk";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantTime time;

	@Autowired
	Organization organization;

	UUID coal;

	UUID finance;

	/** Current employees with the leavers' pattern: much overtime, no raise for years. */
	final List<UUID> overworked = new ArrayList<>();

	final List<UUID> inFinance = new ArrayList<>();

	JsonNode card;

	@BeforeAll
	void historyWithLeaversWhoWorkedOvertimeWithoutARaise() {
		DemoData data = new DemoData(jdbc);
		coal = data.departmentId(DEMO, "COAL-2");
		finance = data.departmentId(DEMO, "FIN");
		LocalDate today = LocalDate.now(time.clock().withZone(time.zone(DEMO)));
		LocalDate snapshot = today.minusYears(1);
		for (int i = 0; i < 60; i++) {
			boolean leaver = i % 3 == 0;
			UUID department = i % 2 == 0 ? coal : finance;
			UUID id = person(department, today.minusYears(4), leaver ? today.minusMonths(2) : null);
			history(id, department, snapshot, leaver);
			if (!leaver) {
				history(id, department, today, false);
				if (department.equals(finance)) {
					inFinance.add(id);
				}
			}
		}
		for (int i = 0; i < 6; i++) {
			UUID department = i % 2 == 0 ? coal : finance;
			UUID id = person(department, today.minusYears(4), null);
			history(id, department, snapshot, false);
			history(id, department, today, true);
			overworked.add(id);
			if (department.equals(finance)) {
				inFinance.add(id);
			}
		}
		ApiClient.Response trained = ApiClient.as(port, "hr@demo.example").post("/api/v1/analytics/attrition/models/tenant", null);
		assertThat(trained.status()).as(trained.body()).isEqualTo(201);
		card = trained.json();
	}

	@Test
	void theModelCardNamesTheFeaturesFromTheLoop() {
		assertThat(card.path("source").asString()).isEqualTo("TENANT");
		assertThat(card.path("leavers").asInt()).isGreaterThanOrEqualTo(20);
		assertThat(card.path("features").valueStream().map(JsonNode::asString).toList()).contains("overtimeHours",
				"monthsSinceRaise");
	}

	@Test
	void theOverworkedAreAmongTheRiskiestWithOvertimeOrTheMissingRaiseAsReason() {
		List<JsonNode> risks = ApiClient.as(port, "hr@demo.example").inLanguage("zh-CN").get(RISKS).json().valueStream().toList();

		List<JsonNode> ours = risks.stream().filter(r -> overworked.contains(UUID.fromString(r.path("employeeId").asString()))).toList();
		assertThat(ours).hasSize(overworked.size()).allSatisfy(risk -> {
			assertThat(risk.path("risk").asDouble()).isGreaterThan(0.5);
			JsonNode reason = risk.path("reasons").get(0);
			assertThat(reason.path("feature").asString()).isIn("overtimeHours", "monthsSinceRaise", "overtimeTrend");
			assertThat(reason.path("text").asString()).containsAnyOf("加班", "未调薪");
		});
	}

	@Test
	void aManagerSeesOnlyTheirSubtree() {
		Set<UUID> subtree = SystemActor.callAs(DEMO, () -> organization.subtreeIds(managersDepartment()));

		List<JsonNode> risks = ApiClient.as(port, "manager@demo.example").get(RISKS).json().valueStream().toList();

		assertThat(risks).isNotEmpty().allSatisfy(risk ->
			assertThat(UUID.fromString(risk.path("departmentId").asString())).isIn(subtree));
		assertThat(risks.stream().map(r -> UUID.fromString(r.path("employeeId").asString()))).doesNotContainAnyElementsOf(inFinance);
	}

	@Test
	void aManagerAskingForAUnitOutsideTheirScopeGetsNotFound() {
		assertProblem(ApiClient.as(port, "manager@demo.example").get(RISKS + "?departmentId=" + finance), 404);
	}

	@Test
	void hrCanNarrowToAUnit() {
		List<JsonNode> risks = ApiClient.as(port, "hr@demo.example").get(RISKS + "?departmentId=" + finance).json()
			.valueStream().toList();

		assertThat(risks.stream().map(r -> UUID.fromString(r.path("employeeId").asString()))).containsAll(inFinance);
		assertThat(risks).allSatisfy(r -> assertThat(r.path("departmentId").asString()).isEqualTo(finance.toString()));
	}

	@Test
	void anEmployeeMayNotReadRisks() {
		assertProblem(ApiClient.as(port, "employee@demo.example").get(RISKS), 403);
	}

	private UUID managersDepartment() {
		return jdbc.queryForObject("select department_id from platform.user_account where email = 'manager@demo.example'",
				UUID.class);
	}

	private UUID person(UUID department, LocalDate hired, LocalDate exit) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into analytics.person_fact (tenant_id, employee_id, department_id, hire_date, status, "
				+ "exit_date) values (?, ?, ?, ?, ?, ?)", DEMO, id, department, Date.valueOf(hired),
				exit == null ? "ACTIVE" : "TERMINATED", exit == null ? null : Date.valueOf(exit));
		return id;
	}

	/** Six closed months before {@code day}; at risk: 60 hours of overtime a month and the last raise years ago. */
	private void history(UUID id, UUID department, LocalDate day, boolean atRisk) {
		LocalDate month = day.withDayOfMonth(1);
		for (int m = 1; m <= 6; m++) {
			jdbc.update("insert into analytics.attendance_month (tenant_id, month, employee_id, department_id, "
					+ "overtime_hours, late_count, early_leave_count, absent_days, anomalies, overtime_warning) "
					+ "values (?, ?, ?, ?, ?, 0, 0, 0, 0, false) on conflict do nothing", DEMO,
					Date.valueOf(month.minusMonths(m)), id, department, atRisk ? 60 + m : 4 + (m % 3));
		}
		LocalDate raise = atRisk ? day.minusMonths(40) : day.minusMonths(5 + id.hashCode() % 3);
		jdbc.update("insert into analytics.lifecycle_change (tenant_id, employee_id, change_type, effective_date, "
				+ "department_id) values (?, ?, 'PAY_CHANGE', ?, ?) on conflict do nothing", DEMO, id,
				Date.valueOf(raise), department);
	}
}
