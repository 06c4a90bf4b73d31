package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security finding: a recruiter or the general manager got 403 on {@code GET /api/v1/onboarding-cases/{id}?reveal=true}
 * but 200 on {@code …/contract.pdf}, whose text holds the full resident ID, address and phone. The contract now needs
 * the same permission as revealing personal data ({@code EMPLOYEE_PII_REVEAL}), on the API and on HR's page route,
 * and every download is audited.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabourContractPdfObeysRevealPermissionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OnboardingCases cases;

	UUID caseId;

	String idNumber;

	@BeforeAll
	@SuppressWarnings("unchecked")
	void aCaseWithPersonalInformationInMining() {
		OnboardingFixtures.OpenedCase opened = OnboardingFixtures.openCase(cases, jdbc,
				new DemoData(jdbc).departmentId(DEMO, "MINING"));
		caseId = opened.id();
		ApiClient newHire = ApiClient.anonymous(port);
		String form = "/api/v1/onboarding/" + opened.token();
		Map<String, Object> info = OnboardingFixtures.completed(
				JSON.convertValue(newHire.get(form).json().get("personalInfo"), Map.class));
		idNumber = (String) info.get("idNumber");
		ApiClient.Response saved = newHire.put(form + "/personal-info", info);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	@Test
	void rolesThatMayNotRevealGetNoContract() {
		for (String login : new String[] { "recruiter@demo.example", "gm@demo.example", "manager@demo.example" }) {
			ApiClient api = ApiClient.as(port, login);
			assertThat(api.get(path()).status()).as("%s reads the case", login).isEqualTo(200);
			assertProblem(api.get(path() + "?reveal=true"), 403);
			assertThat(assertProblem(api.get(path() + "/contract.pdf"), 403).get("code").asString()).as(login)
				.isEqualTo("onboarding.contract.revealForbidden");
		}
	}

	@Test
	void theHrPageRouteRefusesItTooAndOffersNoDownload() {
		BrowserSession gm = new BrowserSession(port);
		gm.signIn("gm@demo.example", ApiClient.PASSWORD);
		assertThat(gm.get("/onboarding-cases/" + caseId + "/contract.pdf").status()).isEqualTo(403);
		assertThat(gm.get("/onboarding-cases/" + caseId).body()).contains("contract-state")
			.doesNotContain("contract-download");
		BrowserSession hr = new BrowserSession(port);
		hr.signIn("hr@demo.example", ApiClient.PASSWORD);
		assertThat(hr.get("/onboarding-cases/" + caseId).body()).contains("contract-download");
	}

	@Test
	void hrDownloadsTheFullContractAndEveryDownloadIsAudited() throws IOException {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		long before = contractReads();
		ApiClient.Binary first = hr.getBinary(path() + "/contract.pdf");
		ApiClient.Binary second = hr.getBinary(path() + "/contract.pdf");
		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(200);
		assertThat(text(first.body()).replaceAll("\\s+", "")).contains(idNumber);
		assertThat(contractReads()).isEqualTo(before + 2);
	}

	private String path() {
		return "/api/v1/onboarding-cases/" + caseId;
	}

	private long contractReads() {
		return jdbc.queryForObject("""
				select count(*) from platform.audit_event where entity_type = 'LabourContract' and entity_id = ?
				and action = 'READ_SENSITIVE' and actor = 'hr@demo.example'""", Long.class, caseId.toString());
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
