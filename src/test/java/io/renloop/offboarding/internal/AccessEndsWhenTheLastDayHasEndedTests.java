package io.renloop.offboarding.internal;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.offboarding.EmployeeLeft;
import io.renloop.offboarding.Leavers;
import io.renloop.offboarding.Leavers.Leaver;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The last day in the tenant's zone (demo: Asia/Shanghai): while it lasts the leaver works as usual; once it has
 * ended the employment is over, and a page session and a token opened before are refused.
 */
@RenloopIntegrationTest
@EnableScenarios
class AccessEndsWhenTheLastDayHasEndedTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Autowired
	Departures departures;

	Leavers leavers;

	UUID finance;

	@BeforeEach
	void setUp() {
		leavers = new Leavers(port, jdbc, administration);
		finance = new DemoData(jdbc).departmentId(DEMO, "FIN");
	}

	@Test
	void sessionAndTokenOpenedBeforeTheLastDayAreRefusedAfterIt(Scenario scenario) {
		LocalDate lastDay = leavers.today().minusDays(1);
		Leaver leaver = leavers.hire(finance, lastDay.minusYears(2));
		BrowserSession phone = new BrowserSession(port);
		phone.signIn(leaver.login(), ApiClient.PASSWORD);
		ApiClient api = ApiClient.as(port, leaver.login());
		assertThat(phone.get("/me").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/me/resignation").status()).isEqualTo(404);
		UUID caseId = approvedCase(scenario, leaver, lastDay);

		scenario.stimulate(() -> departures.departDue(DEMO))
			.andWaitForEventOfType(EmployeeLeft.class)
			.matching(left -> left.caseId().equals(caseId))
			.toArriveAndVerify(left -> {
				assertThat(left.kind()).isEqualTo(EmployeeLeft.Kind.VOLUNTARY);
				assertThat(left.lastDay()).isEqualTo(lastDay);
			});

		assertThat(phone.get("/me").status()).as("the page session ended").isEqualTo(302);
		assertProblem(api.get("/api/v1/me/resignation"), 401);
		assertThat(jdbc.queryForObject("select count(*) from platform.spring_session where principal_name = ?",
				Long.class, leaver.login())).isZero();
		assertThat(jdbc.queryForObject("select status from employee.employee where id = ?", String.class,
				leaver.employeeId())).isEqualTo("TERMINATED");
		assertThat(jdbc.queryForList("select type from employee.timeline_event where employee_id = ?", String.class,
				leaver.employeeId())).contains("TERMINATION");
		assertThat(leavers.status(caseId)).isEqualTo("LEFT");
	}

	@Test
	void onTheLastDayItselfAccessStaysOpenUntilHrEndsItAtOnce(Scenario scenario) {
		LocalDate lastDay = leavers.today();
		Leaver leaver = leavers.hire(finance, lastDay.minusYears(1));
		BrowserSession phone = new BrowserSession(port);
		phone.signIn(leaver.login(), ApiClient.PASSWORD);
		UUID caseId = approvedCase(scenario, leaver, lastDay);

		departures.departDue(DEMO);

		assertThat(leavers.status(caseId)).isEqualTo("APPROVED");
		assertThat(phone.get("/me").status()).isEqualTo(200);
		ApiClient.Response departed = ApiClient.as(port, "hr@demo.example")
			.post("/api/v1/offboarding/cases/" + caseId + "/depart", null);
		assertThat(departed.status()).as(departed.body()).isEqualTo(200);
		assertThat(phone.get("/me").status()).isEqualTo(302);
	}

	@Test
	void hrCannotEndTheEmploymentBeforeTheLastDay(Scenario scenario) {
		Leaver leaver = leavers.hire(finance, leavers.today().minusYears(1));
		UUID caseId = approvedCase(scenario, leaver, leavers.today().plusDays(1));

		assertProblem(ApiClient.as(port, "hr@demo.example").post("/api/v1/offboarding/cases/" + caseId + "/depart",
				null), 409);
		assertThat(leavers.status(caseId)).isEqualTo("APPROVED");
	}

	@Test
	void exitInterviewReasonsTravelWithEmployeeLeft(Scenario scenario) {
		LocalDate lastDay = leavers.today().minusDays(1);
		Leaver leaver = leavers.hire(finance, lastDay.minusYears(4));
		UUID caseId = approvedCase(scenario, leaver, lastDay);
		ApiClient.Response answered = ApiClient.as(port, leaver.login()).put("/api/v1/offboarding/cases/" + caseId
				+ "/exit-interview", Map.of("reasonCodes", List.of("PAY", "CAREER"), "comments", "机会更好",
						"wouldReturn", true));
		assertThat(answered.status()).as(answered.body()).isEqualTo(204);

		scenario.stimulate(() -> departures.departDue(DEMO))
			.andWaitForEventOfType(EmployeeLeft.class)
			.matching(left -> left.caseId().equals(caseId))
			.toArriveAndVerify(left -> assertThat(left.reasonCodes()).containsExactly("PAY", "CAREER"));
		assertProblem(ApiClient.as(port, "manager@demo.example").get("/api/v1/offboarding/cases/" + caseId
				+ "/exit-interview"), 403);
		assertThat(ApiClient.as(port, "hr@demo.example").get("/api/v1/offboarding/cases/" + caseId + "/exit-interview")
			.json().get("comments").asString()).isEqualTo("机会更好");
	}

	private UUID approvedCase(Scenario scenario, Leaver leaver, LocalDate lastDay) {
		UUID caseId = leavers.open(Map.of("employeeId", leaver.employeeId(), "kind", "RESIGNATION", "lastDay",
				lastDay.toString()));
		scenario.publish(new ApprovalDecided(DEMO, "offboarding", caseId, ApprovalOutcome.APPROVED, UUID.randomUUID(),
				"ok"))
			.andWaitForStateChange(() -> leavers.status(caseId), "APPROVED"::equals)
			.andVerify(status -> assertThat(status).isEqualTo("APPROVED"));
		return caseId;
	}
}
