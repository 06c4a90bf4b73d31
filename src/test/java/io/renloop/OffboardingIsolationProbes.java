package io.renloop;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import io.renloop.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The offboarding endpoints' isolation probes for {@link TenantIsolationTests}: acme neither sees nor works demo's
 * leaving cases, exit interviews or reasons; a resignation of an acme login stays in acme.
 */
final class OffboardingIsolationProbes {

	/** A reason for leaving only demo has. */
	static final String DEMO_REASON = "ISO_DEMO_REASON";

	private final JdbcTemplate jdbc;

	private final Consumer<String> assertNoDemoData;

	/** A running leaving case of a fresh demo employee. */
	private final UUID demoCase;

	private final String demoLeaver;

	OffboardingIsolationProbes(JdbcTemplate jdbc, ApiClient demoHr, UUID demoDepartment,
			Consumer<String> assertNoDemoData) {
		this.jdbc = jdbc;
		this.assertNoDemoData = assertNoDemoData;
		this.demoLeaver = "离职隔离" + UUID.randomUUID().toString().substring(0, 4);
		ApiClient.Response hired = demoHr.post("/api/v1/employees", Map.of("employeeNo", TestUsers.unique("ISO"),
				"name", demoLeaver, "departmentId", demoDepartment, "hireDate", "2020-03-02"));
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		ApiClient.Response opened = demoHr.post("/api/v1/offboarding/cases", Map.of("employeeId",
				hired.json().get("id").asString(), "kind", "TERMINATION", "legalGround", "REDUNDANCY", "lastDay",
				LocalDate.now().plusDays(60).toString()));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		this.demoCase = UUID.fromString(opened.json().get("id").asString());
		demoHr.get("/api/v1/offboarding/exit-reasons");
		jdbc.update("insert into offboarding.exit_reason (id, tenant_id, code, name_zh, name_en, sort_order) "
				+ "values (?, ?, ?, '隔离原因', 'Isolation reason', 999) on conflict do nothing", UUID.randomUUID(), DEMO,
				DEMO_REASON);
	}

	List<Map.Entry<String, Probe>> probes() {
		String path = "/api/v1/offboarding/cases/" + demoCase;
		return List.of(
				entry("POST /api/v1/offboarding/severance/preview", new Probe("acmeSeveranceDependsOnTheFiguresAlone", acme -> {
					ApiClient.Response answer = acme.post("/api/v1/offboarding/severance/preview", Map.of("monthlyWage",
							10000, "serviceStart", "2020-01-01", "serviceEnd", "2022-12-31", "localAverageMonthlyWage",
							12000));
					assertThat(answer.body()).contains("\"amount\":30000.00");
					assertNoDemoData.accept(answer.body());
				})),
				entry("GET /api/v1/offboarding/cases", new Probe("acmeListsOnlyItsOwnLeavingCases", acme -> {
					ApiClient.Response list = acme.get("/api/v1/offboarding/cases");
					assertThat(list.status()).isEqualTo(200);
					assertThat(list.body()).doesNotContain(demoCase.toString(), demoLeaver);
				})),
				entry("POST /api/v1/offboarding/cases", new Probe("acmeCannotOpenCaseForDemoEmployee", acme -> {
					UUID demoEmployee = jdbc.queryForObject("select employee_id from offboarding.offboarding_case "
							+ "where id = ?", UUID.class, demoCase);
					assertThat(errorFields(assertProblem(acme.post("/api/v1/offboarding/cases", Map.of("employeeId",
							demoEmployee, "kind", "RETIREMENT", "lastDay", LocalDate.now().plusDays(30).toString())), 400)))
						.containsExactly("employeeId");
					assertThat(jdbc.queryForObject("select count(*) from offboarding.offboarding_case where tenant_id = ? "
							+ "and employee_id = ?", Long.class, ACME, demoEmployee)).isZero();
				})),
				entry("GET /api/v1/offboarding/cases/{id}", new Probe("acmeCannotReadDemoCase", acme ->
					notFound(acme.get(path)))),
				entry("POST /api/v1/offboarding/cases/{id}/withdraw", new Probe("acmeCannotWithdrawDemoCase", acme -> {
					notFound(acme.post(path + "/withdraw", null));
					assertThat(status()).isEqualTo("PENDING_APPROVAL");
				})),
				entry("POST /api/v1/offboarding/cases/{id}/checklist/{itemId}/done", new Probe("acmeCannotTickDemoItems", acme ->
					notFound(acme.post(path + "/checklist/" + UUID.randomUUID() + "/done", null)))),
				entry("PUT /api/v1/offboarding/cases/{id}/settlement", new Probe("acmeCannotSettleDemoCase", acme -> {
					notFound(acme.put(path + "/settlement", Map.of("monthlyWage", 1, "localAverageMonthlyWage", 1,
							"noticeInLieu", false, "annualLeaveDays", 5, "annualLeaveTaken", 0)));
					assertThat(jdbc.queryForObject("select compensation from offboarding.offboarding_case where id = ?",
							java.math.BigDecimal.class, demoCase)).isNull();
				})),
				entry("POST /api/v1/offboarding/cases/{id}/settlement/approve", new Probe("acmeCannotApproveDemoSettlement", acme ->
					notFound(acme.post(path + "/settlement/approve", null)))),
				entry("POST /api/v1/offboarding/cases/{id}/depart", new Probe("acmeCannotEndDemoEmployment", acme -> {
					notFound(acme.post(path + "/depart", null));
					assertThat(status()).isEqualTo("PENDING_APPROVAL");
				})),
				entry("PUT /api/v1/offboarding/cases/{id}/rehire", new Probe("acmeCannotFlagDemoLeaver", acme -> {
					notFound(acme.put(path + "/rehire", Map.of("eligible", false, "reason", "probe")));
					assertThat(jdbc.queryForObject("select rehire_eligible from offboarding.offboarding_case where id = ?",
							Boolean.class, demoCase)).isNull();
				})),
				entry("GET /api/v1/offboarding/exit-reasons", new Probe("acmeListsOnlyItsOwnExitReasons", acme -> {
					ApiClient.Response reasons = acme.get("/api/v1/offboarding/exit-reasons");
					assertThat(reasons.status()).isEqualTo(200);
					assertThat(reasons.body()).doesNotContain(DEMO_REASON, "隔离原因");
				})),
				entry("PUT /api/v1/offboarding/cases/{id}/exit-interview", new Probe("acmeCannotAnswerDemoExitInterview", acme -> {
					notFound(acme.put(path + "/exit-interview", Map.of("reasonCodes", List.of("PAY"))));
					assertThat(jdbc.queryForObject("select count(*) from offboarding.exit_interview where case_id = ?",
							Long.class, demoCase)).isZero();
				})),
				entry("GET /api/v1/offboarding/cases/{id}/exit-interview", new Probe("acmeCannotReadDemoExitInterview", acme ->
					notFound(acme.get(path + "/exit-interview")))),
				entry("GET /api/v1/offboarding/cases/{id}/documents", new Probe("acmeCannotListDemoLeavingDocuments", acme ->
					notFound(acme.get(path + "/documents")))),
				entry("GET /api/v1/offboarding/cases/{id}/documents/{kind}", new Probe("acmeCannotDownloadDemoCertificate", acme -> {
					notFound(acme.get(path + "/documents/leaving-certificate"));
					assertThat(jdbc.queryForObject("select count(*) from offboarding.leaving_document where case_id = ?",
							Long.class, demoCase)).isZero();
				})),
				entry("POST /api/v1/me/resignation", new Probe("acmeResignationStaysInAcme", acme -> {
					ApiClient.Response resigned = acme.post("/api/v1/me/resignation", Map.of("lastDay",
							LocalDate.now().plusDays(40).toString()));
					// a login without an employee record cannot resign; one with a record resigns from acme only
					assertThat(resigned.status()).as(resigned.body()).isIn(201, 409);
					assertNoDemoData.accept(resigned.body());
					assertThat(jdbc.queryForObject("select count(*) from offboarding.offboarding_case c where c.tenant_id = ? "
							+ "and c.employee_id in (select e.id from employee.employee e where e.tenant_id <> ?)", Long.class,
							ACME, ACME)).isZero();
				})),
				entry("GET /api/v1/me/resignation", new Probe("acmeReadsOnlyItsOwnResignation", acme -> {
					ApiClient.Response mine = acme.get("/api/v1/me/resignation");
					assertThat(mine.status()).isIn(200, 404);
					assertNoDemoData.accept(mine.body());
					assertThat(mine.body()).doesNotContain(demoCase.toString(), demoLeaver);
				})));
	}

	private void notFound(ApiClient.Response response) {
		assertProblem(response, 404);
		assertNoDemoData.accept(response.body());
		assertThat(response.body()).doesNotContain(demoLeaver);
	}

	private String status() {
		return jdbc.queryForObject("select status from offboarding.offboarding_case where id = ?", String.class, demoCase);
	}
}
