package io.renloop.offboarding.internal;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.offboarding.Leavers;
import io.renloop.offboarding.Leavers.Leaver;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.SignatureVerifier;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * The leaver's link outlives their login: made on the last day, it opens a page and the signed PDFs without any
 * login for 90 days; then, and for a token nobody was given, it is a 404. Every read through it is audited.
 */
@RenloopIntegrationTest
@EnableScenarios
class LeaverDownloadsDocumentsByLinkForNinetyDaysTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Autowired
	LeavingDocumentLinks links;

	Leavers leavers;

	ApiClient hr;

	@BeforeEach
	void setUp() {
		leavers = new Leavers(port, jdbc, administration);
		hr = ApiClient.as(port, "hr@demo.example");
	}

	@Test
	void linkWorksWithoutLoginAfterTheLoginIsClosed(Scenario scenario) throws IOException {
		Leaver leaver = leavers.hire(new DemoData(jdbc).departmentId(DEMO, "FIN"), leavers.today().minusYears(2));
		ApiClient phone = ApiClient.as(port, leaver.login());
		UUID caseId = departed(scenario, leaver);
		assertProblem(phone.get("/api/v1/me/resignation"), 401);
		String token = token(caseId);
		BrowserSession stranger = new BrowserSession(port);

		var page = stranger.get("/leaving-documents/" + token);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("您的离职文件", "离职测试", "离职证明", "工作交接记录",
				"/leaving-documents/" + token + "/leaving-certificate.pdf");
		assertThat(page.body()).as("no settlement approved yet")
			.doesNotContain("/leaving-documents/" + token + "/settlement-statement.pdf");
		assertThat(stranger.get("/leaving-documents/" + token + "?lang=en").body()).contains("Your leaving documents",
				"Leaving certificate", "Handover record");
		ApiClient.Binary pdf = ApiClient.anonymous(port).getBinary("/leaving-documents/" + token
				+ "/leaving-certificate.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(new SignatureVerifier().verify(pdf.body()).valid()).isTrue();
		assertThat(LeavingCertificateSaysOnlyWhatTheLawAsksTests.text(pdf.body())).contains("离职测试");
		assertThat(ApiClient.anonymous(port).getBinary("/leaving-documents/" + token + "/settlement-statement.pdf")
			.status()).isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'LeavingDocument' "
				+ "and entity_id = ? and after_state like '%link:leaving-certificate%'", Long.class, caseId.toString()))
			.isEqualTo(1);
	}

	@Test
	void settlementStatementFollowsTheApprovedSettlement(Scenario scenario) throws IOException {
		Leaver leaver = leavers.hire(new DemoData(jdbc).departmentId(DEMO, "HR"), leavers.today().minusYears(4));
		UUID caseId = approved(scenario, leaver);
		String path = "/api/v1/offboarding/cases/" + caseId;
		assertThat(hr.put(path + "/settlement", Map.of("monthlyWage", 10000, "localAverageMonthlyWage", 9000,
				"noticeInLieu", false, "annualLeaveDays", 5, "annualLeaveTaken", 0)).status()).isEqualTo(200);
		depart(caseId);
		assertThat(ApiClient.anonymous(port).getBinary("/leaving-documents/" + token(caseId)
				+ "/settlement-statement.pdf").status()).as("not approved yet").isEqualTo(404);
		// HR may approve the settlement after the last day; the statement follows
		assertThat(hr.post(path + "/settlement/approve", null).status()).isEqualTo(200);

		ApiClient.Binary statement = ApiClient.anonymous(port).getBinary("/leaving-documents/" + token(caseId)
				+ "/settlement-statement.pdf");

		assertThat(statement.status()).isEqualTo(200);
		String text = LeavingCertificateSaysOnlyWhatTheLawAsksTests.text(statement.body());
		assertThat(text).contains("离职结算单", "Final settlement statement", "10000.00", "未休法定年休假工资",
				"Unused statutory annual leave", "200 %");
	}

	@Test
	void linkEndsAfterNinetyDaysAndUnknownTokensFindNothing(Scenario scenario) {
		Leaver leaver = leavers.hire(new DemoData(jdbc).departmentId(DEMO, "FIN"), leavers.today().minusYears(1));
		UUID caseId = departed(scenario, leaver);
		String token = token(caseId);
		Instant issued = jdbc.queryForObject("select created_at from offboarding.leaving_document_link where case_id = ?",
				java.sql.Timestamp.class, caseId).toInstant();

		assertThat(links.locate(token, issued.plus(Duration.ofDays(90)).minusSeconds(1)).caseId()).isEqualTo(caseId);
		assertThatThrownBy(() -> links.locate(token, issued.plus(Duration.ofDays(90))))
			.isInstanceOf(BusinessRuleException.class)
			.extracting(ex -> ((BusinessRuleException) ex).status()).isEqualTo(404);

		String unknown = "A".repeat(43);
		BrowserSession stranger = new BrowserSession(port);
		assertThat(stranger.get("/leaving-documents/" + unknown).status()).isEqualTo(404);
		assertThat(ApiClient.anonymous(port).getBinary("/leaving-documents/" + unknown + "/leaving-certificate.pdf")
			.status()).isEqualTo(404);
		// ninety days later: the stored end has passed
		jdbc.update("update offboarding.leaving_document_link set created_at = created_at - interval '90 days', "
				+ "expires_at = expires_at - interval '90 days' where case_id = ?", caseId);
		assertThat(stranger.get("/leaving-documents/" + token).status()).isEqualTo(404);
		assertThat(ApiClient.anonymous(port).getBinary("/leaving-documents/" + token + "/leaving-certificate.pdf")
			.status()).isEqualTo(404);
		assertThat(hr.getBinary("/api/v1/offboarding/cases/" + caseId + "/documents/leaving-certificate").status())
			.as("HR keeps the documents").isEqualTo(200);
	}

	private UUID departed(Scenario scenario, Leaver leaver) {
		return depart(approved(scenario, leaver));
	}

	private UUID approved(Scenario scenario, Leaver leaver) {
		LocalDate lastDay = leavers.today().minusDays(1);
		UUID caseId = leavers.open(Map.of("employeeId", leaver.employeeId(), "kind", "RESIGNATION", "reason", "个人发展",
				"lastDay", lastDay.toString()));
		scenario.publish(new ApprovalDecided(DEMO, "offboarding", caseId, ApprovalOutcome.APPROVED, UUID.randomUUID(),
				"ok"))
			.andWaitForStateChange(() -> leavers.status(caseId), "APPROVED"::equals)
			.andVerify(status -> assertThat(status).isEqualTo("APPROVED"));
		return caseId;
	}

	private UUID depart(UUID caseId) {
		ApiClient.Response departed = hr.post("/api/v1/offboarding/cases/" + caseId + "/depart", null);
		assertThat(departed.status()).as(departed.body()).isEqualTo(200);
		return caseId;
	}

	/** The token of the case's link, as HR sees it. */
	private String token(UUID caseId) {
		String link = hr.get("/api/v1/offboarding/cases/" + caseId + "/documents").json().get("link").asString();
		return link.substring(link.lastIndexOf('/') + 1);
	}
}
