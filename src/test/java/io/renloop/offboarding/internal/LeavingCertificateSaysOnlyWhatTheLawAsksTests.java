package io.renloop.offboarding.internal;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.offboarding.Leavers;
import io.renloop.platform.DocumentSigning;
import io.renloop.platform.SignatureVerification;
import io.renloop.platform.SignatureVerifier;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * The leaving certificate (离职证明) of Labour Contract Law art. 50 states the term of the contract, the date it
 * ended, the position and the years of service — and never the reason for leaving or the legal ground of a
 * dismissal. It is signed with the tenant's certificate like offers; the handover record names who ticked what.
 */
@RenloopIntegrationTest
@EnableScenarios
class LeavingCertificateSaysOnlyWhatTheLawAsksTests {

	private static final String REASON = "多次无故旷工严重违纪";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Autowired
	DocumentSigning signing;

	@Test
	void certificateOfADismissalStatesTermDateAndPositionButNeitherReasonNorGround(Scenario scenario)
			throws IOException {
		Leavers leavers = new Leavers(port, jdbc, administration);
		DemoData demo = new DemoData(jdbc);
		LocalDate lastDay = leavers.today().minusDays(1);
		LocalDate hired = lastDay.minusYears(3).minusMonths(2);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String name = "证明" + TestUsers.unique("").substring(0, 4);
		ApiClient.Response employee = hr.post("/api/v1/employees", Map.of("employeeNo", TestUsers.unique("LC"), "name",
				name, "departmentId", demo.departmentId(DEMO, "FIN"), "positionId", demo.positionId(DEMO, "SUPPORT"),
				"hireDate", hired.toString(), "status", "ACTIVE"));
		assertThat(employee.status()).as(employee.body()).isEqualTo(201);
		UUID successor = demo.someEmployeeIn(DEMO, "FIN");
		String positionName = jdbc.queryForObject("select name from organization.position where id = ?", String.class,
				demo.positionId(DEMO, "SUPPORT"));
		String departmentName = jdbc.queryForObject("select name from organization.department where id = ?",
				String.class, demo.departmentId(DEMO, "FIN"));
		UUID caseId = leavers.open(Map.of("employeeId", employee.json().get("id").asString(), "kind", "TERMINATION",
				"legalGround", "MISCONDUCT", "reason", REASON, "lastDay", lastDay.toString(), "successorId", successor));
		scenario.publish(new ApprovalDecided(DEMO, "offboarding", caseId, ApprovalOutcome.APPROVED, UUID.randomUUID(),
				"ok"))
			.andWaitForStateChange(() -> leavers.status(caseId), "APPROVED"::equals)
			.andVerify(status -> assertThat(status).isEqualTo("APPROVED"));
		String path = "/api/v1/offboarding/cases/" + caseId;
		JsonNode items = hr.get(path).json().get("checklist");
		String firstItem = items.get(0).get("id").asString();
		assertThat(hr.post(path + "/checklist/" + firstItem + "/done", null).status()).isEqualTo(200);
		assertProblem(hr.get(path + "/documents/leaving-certificate"), 409);

		assertThat(hr.post(path + "/depart", null).status()).isEqualTo(200);

		JsonNode documents = hr.get(path + "/documents").json();
		assertThat(documents.get("link").asString()).contains("/leaving-documents/");
		assertThat(documents.get("documents").valueStream().filter(d -> d.get("available").asBoolean())
			.map(d -> d.get("slug").asString())).containsExactly("leaving-certificate", "handover-record");
		ApiClient.Binary certificate = hr.getBinary(path + "/documents/leaving-certificate");
		assertThat(certificate.status()).isEqualTo(200);
		assertThat(certificate.contentType()).startsWith("application/pdf");
		String text = text(certificate.body());
		assertThat(text).contains("离职证明", "Leaving certificate", name, hired.toString(), lastDay.toString(),
				"劳动合同期限", "Term of the labour contract", "解除（终止）劳动合同日期：" + lastDay,
				"在本单位工作年限：3 年 2 个月", "3 years 2 months", "岗位：" + positionName, "部门：" + departmentName);
		assertThat(text).as("the certificate must not harm the leaver")
			.doesNotContain(REASON, "MISCONDUCT", "Misconduct", "misconduct", "第三十九条", "art. 39", "违纪",
					demo.employeeName(successor));
		SignatureVerification verification = new SignatureVerifier().verify(certificate.body());
		assertThat(verification.valid()).as(verification.problem()).isTrue();
		assertThat(verification.certificate()).isEqualTo(signing.certificate(DEMO));
		assertThat(hr.getBinary(path + "/documents/leaving-certificate").body()).as("made once, then kept")
			.isEqualTo(certificate.body());

		String handover = text(hr.getBinary(path + "/documents/handover-record").body());
		assertThat(handover).contains("工作交接记录", "Handover record", demo.employeeName(successor), "hr@demo.example");
		assertProblem(hr.get(path + "/documents/settlement-statement"), 409);
		assertProblem(hr.get(path + "/documents/reference-letter"), 404);
		assertThat(jdbc.queryForObject("select count(*) from platform.audit_event where entity_type = 'LeavingDocument' "
				+ "and entity_id = ? and action = 'READ_SENSITIVE'", Long.class, caseId.toString())).isGreaterThan(2);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
