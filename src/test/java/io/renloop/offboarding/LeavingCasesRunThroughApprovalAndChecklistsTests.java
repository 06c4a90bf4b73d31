package io.renloop.offboarding;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.offboarding.Leavers.Leaver;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

@RenloopIntegrationTest
@EnableScenarios
class LeavingCasesRunThroughApprovalAndChecklistsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	Leavers leavers;

	UUID finance;

	@BeforeEach
	void setUp() {
		leavers = new Leavers(port, jdbc, administration);
		finance = new DemoData(jdbc).departmentId(DEMO, "FIN");
	}

	@Test
	void resignationWithShortNoticeIsAcceptedWithAWarningAndWaitsForApproval() {
		Leaver leaver = leavers.hire(finance, leavers.today().minusYears(2));
		ApiClient phone = ApiClient.as(port, leaver.login()).inLanguage("zh-CN");

		ApiClient.Response resigned = phone.post("/api/v1/me/resignation",
				Map.of("lastDay", leavers.today().plusDays(10).toString(), "reason", "回老家发展"));

		assertThat(resigned.status()).as(resigned.body()).isEqualTo(201);
		assertThat(resigned.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
		assertThat(resigned.json().get("noticeWarning").asString()).contains("30");
		assertThat(phone.get("/api/v1/me/resignation").json().get("id")).isEqualTo(resigned.json().get("id"));
		assertProblem(phone.post("/api/v1/me/resignation", Map.of("lastDay", leavers.today().plusDays(40).toString())),
				409);
	}

	@Test
	void resignationWithThirtyDaysNoticeHasNoWarning() {
		Leaver leaver = leavers.hire(finance, leavers.today().minusYears(2));

		ApiClient.Response resigned = ApiClient.as(port, leaver.login()).post("/api/v1/me/resignation",
				Map.of("lastDay", leavers.today().plusDays(30).toString()));

		assertThat(resigned.json().get("noticeWarning").isNull()).isTrue();
	}

	@Test
	void approvalMakesAChecklistForEveryOwner(Scenario scenario) {
		Leaver leaver = leavers.hire(finance, leavers.today().minusYears(3));
		UUID caseId = leavers.open(Map.of("employeeId", leaver.employeeId(), "kind", "TERMINATION", "legalGround",
				"REDUNDANCY", "lastDay", leavers.today().plusDays(30).toString()));

		scenario.publish(new ApprovalDecided(DEMO, "offboarding", caseId, ApprovalOutcome.APPROVED, UUID.randomUUID(),
				"ok"))
			.andWaitForStateChange(() -> leavers.status(caseId), "APPROVED"::equals)
			.andVerify(status -> assertThat(status).isEqualTo("APPROVED"));

		JsonNode details = ApiClient.as(port, "hr@demo.example").get("/api/v1/offboarding/cases/" + caseId).json();
		assertThat(details.get("progress").valueStream().map(p -> p.get("owner").asString()))
			.containsExactly("HR", "IT", "FINANCE", "MANAGER", "LEAVER");
		assertThat(details.get("progress").valueStream().mapToInt(p -> p.get("total").asInt()).min().getAsInt())
			.isPositive();
	}

	@Test
	void ownersWorkTheirOwnItemsOnly(Scenario scenario) {
		Leaver leaver = leavers.hire(finance, leavers.today().minusYears(3));
		UUID caseId = leavers.open(Map.of("employeeId", leaver.employeeId(), "kind", "RETIREMENT", "lastDay",
				leavers.today().plusDays(20).toString()));
		scenario.publish(new ApprovalDecided(DEMO, "offboarding", caseId, ApprovalOutcome.APPROVED, UUID.randomUUID(),
				"ok"))
			.andWaitForStateChange(() -> leavers.status(caseId), "APPROVED"::equals)
			.andVerify(status -> assertThat(status).isEqualTo("APPROVED"));
		ApiClient phone = ApiClient.as(port, leaver.login());
		JsonNode items = phone.get("/api/v1/offboarding/cases/" + caseId).json().get("checklist");
		String leaverItem = itemOf(items, "LEAVER");
		String hrItem = itemOf(items, "HR");

		ApiClient.Response done = phone.post("/api/v1/offboarding/cases/" + caseId + "/checklist/" + leaverItem + "/done",
				null);

		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().get("progress").valueStream().filter(p -> p.get("owner").asString().equals("LEAVER"))
			.findFirst().orElseThrow().get("done").asInt()).isEqualTo(1);
		assertProblem(phone.post("/api/v1/offboarding/cases/" + caseId + "/checklist/" + hrItem + "/done", null), 403);
		assertThat(done.json().get("settlement").isNull()).as("the settlement is HR's").isTrue();
	}

	@Test
	void managerSeesTheCasesOfTheSubtreeOnly() {
		UUID coal = new DemoData(jdbc).departmentId(DEMO, "COAL-2");
		UUID inSubtree = leavers.open(Map.of("employeeId", leavers.hire(coal, leavers.today().minusYears(2)).employeeId(),
				"kind", "RETIREMENT", "lastDay", leavers.today().plusDays(60).toString()));
		UUID outside = leavers.open(Map.of("employeeId", leavers.hire(finance, leavers.today().minusYears(2)).employeeId(),
				"kind", "RETIREMENT", "lastDay", leavers.today().plusDays(60).toString()));
		ApiClient manager = ApiClient.as(port, "manager@demo.example");

		assertThat(manager.get("/api/v1/offboarding/cases/" + inSubtree).status()).isEqualTo(200);
		assertProblem(manager.get("/api/v1/offboarding/cases/" + outside), 404);
		assertThat(manager.get("/api/v1/offboarding/cases").body()).contains(inSubtree.toString())
			.doesNotContain(outside.toString());
	}

	@Test
	void terminationWithoutItsLegalGroundIsRefusedAndNothingIsSaved() {
		Leaver leaver = leavers.hire(finance, leavers.today().minusYears(1));

		JsonNode problem = assertProblem(ApiClient.as(port, "hr@demo.example").inLanguage("zh-CN").post(
				"/api/v1/offboarding/cases", Map.of("employeeId", leaver.employeeId(), "kind", "TERMINATION", "lastDay",
						leavers.today().plusDays(30).toString())), 400);

		assertThat(errorFields(problem)).containsExactly("legalGround");
		assertThat(problem.toString()).contains("法律依据");
		assertThat(jdbc.queryForObject("select count(*) from offboarding.offboarding_case where employee_id = ?",
				Long.class, leaver.employeeId())).isZero();
	}

	@Test
	void settlementOfATerminationWithNoticePaysCompensationNoticeAndLeave(Scenario scenario) {
		Leaver leaver = leavers.hire(finance, leavers.today().minusYears(3).minusMonths(7));
		UUID caseId = leavers.open(Map.of("employeeId", leaver.employeeId(), "kind", "TERMINATION", "legalGround",
				"NOTICE", "lastDay", leavers.today().plusDays(5).toString()));
		scenario.publish(new ApprovalDecided(DEMO, "offboarding", caseId, ApprovalOutcome.APPROVED, UUID.randomUUID(),
				"ok"))
			.andWaitForStateChange(() -> leavers.status(caseId), "APPROVED"::equals)
			.andVerify(status -> assertThat(status).isEqualTo("APPROVED"));
		ApiClient hr = ApiClient.as(port, "hr@demo.example");

		ApiClient.Response settled = hr.put("/api/v1/offboarding/cases/" + caseId + "/settlement",
				Map.of("monthlyWage", 8700, "localAverageMonthlyWage", 9000, "noticeInLieu", true, "annualLeaveDays", 5,
						"annualLeaveTaken", 0));

		assertThat(settled.status()).as(settled.body()).isEqualTo(200);
		JsonNode settlement = settled.json().get("settlement");
		assertThat(settlement.get("compensationMonths").decimalValue()).isEqualByComparingTo("4");
		assertThat(settlement.get("compensation").decimalValue()).isEqualByComparingTo("34800.00");
		assertThat(settlement.get("noticePay").decimalValue()).isEqualByComparingTo("8700.00");
		assertThat(settlement.get("explanation").size()).isGreaterThan(3);
		assertThat(hr.post("/api/v1/offboarding/cases/" + caseId + "/settlement/approve", null).json()
			.at("/settlement/approvedAt").isNull()).isFalse();
		assertProblem(hr.post("/api/v1/offboarding/cases/" + caseId + "/settlement/approve", null), 409);
	}

	private static String itemOf(JsonNode items, String owner) {
		return items.valueStream().filter(i -> i.get("owner").asString().equals(owner)).findFirst().orElseThrow()
			.get("id").asString();
	}
}
