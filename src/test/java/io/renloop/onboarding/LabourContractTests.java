package io.renloop.onboarding;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.DocumentSigning;
import io.renloop.platform.SignatureVerification;
import io.renloop.platform.SignatureVerifier;
import io.renloop.support.ApiClient;
import io.renloop.support.RenloopIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labour contract of a new hire end to end: generated once the personal information is saved, accepted with a
 * one-time code, sealed with the tenant's PAdES signature (verified with Bouncy Castle and, when installed,
 * poppler's pdfsig), stored sealed, required for submission; wrong, expired and reused codes, and the lock after
 * five wrong ones.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabourContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OnboardingCases cases;

	@Autowired
	DocumentSigning signer;

	ApiClient api;

	ApiClient hr;

	UUID caseId;

	String token;

	String email;

	String idNumber;

	byte[] signed;

	byte[] draft;

	@BeforeAll
	void signAContract() throws IOException {
		api = ApiClient.anonymous(port);
		hr = ApiClient.as(port, "hr@demo.example");
		OnboardingFixtures.OpenedCase opened = openCase();
		caseId = opened.id();
		token = opened.token();
		String path = "/api/v1/onboarding/" + token;

		assertThat(assertProblem(api.get(path + "/contract.pdf"), 409).get("code").asString())
			.isEqualTo("onboarding.contract.personalInfoMissing");
		assertProblem(api.post(path + "/contract/accept", null), 409);
		assertThat(api.get(path).json().at("/contract/state").asString()).isEqualTo("WAITING_FOR_PERSONAL_INFO");

		email = "contract." + caseId.toString().substring(0, 8) + "@example.com";
		Map<String, Object> info = info(token, email);
		idNumber = (String) info.get("idNumber");
		assertThat(api.put(path + "/personal-info", info).status()).isEqualTo(200);
		assertThat(api.get(path).json().at("/contract/state").asString()).isEqualTo("READY");
		ApiClient.Binary pdf = api.getBinary(path + "/contract.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		draft = pdf.body();

		assertThat(assertProblem(api.post(path + "/submit", null), 409).get("code").asString())
			.isEqualTo("onboarding.submit.contractUnsigned");
		assertThat(assertProblem(api.send("POST", path + "/contract/confirm", Map.of("code", "123456")), 409)
			.get("code").asString()).isEqualTo("onboarding.contract.noCodePending");

		Instant since = Instant.now().minusSeconds(1);
		ApiClient.Response accepted = api.post(path + "/contract/accept", null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("state").asString()).isEqualTo("CODE_SENT");
		assertThat(accepted.json().get("codeSentTo").asString()).isNotEqualTo(email).contains("@example.com");
		String code = OnboardingFixtures.contractCode(jdbc, DEMO, email, since);
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.dev_outbox_message where tenant_id = ? and channel = 'SMS'
				and recipient = '13812345678' and text like ? and created_at >= ?""", Long.class, DEMO, "%" + code + "%",
				java.sql.Timestamp.from(since))).as("the code by SMS as well").isEqualTo(1);

		JsonNode wrong = assertProblem(api.send("POST", path + "/contract/confirm", Map.of("code", other(code))), 400);
		assertThat(wrong.get("code").asString()).isEqualTo("onboarding.contract.wrongCode");
		assertThat(wrong.get("detail").asString()).contains("4");
		long started = System.nanoTime();
		ApiClient.Response confirmed = api.send("POST", path + "/contract/confirm", Map.of("code", code));
		long confirmMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.json().get("state").asString()).isEqualTo("SIGNED");
		assertThat(assertProblem(api.send("POST", path + "/contract/confirm", Map.of("code", code)), 409).get("code")
			.asString()).isEqualTo("onboarding.contract.codeUsed");
		signed = api.getBinary(path + "/contract.pdf").body();
		assertThat(assertProblem(api.put(path + "/personal-info", info), 409).get("code").asString())
			.as("the signed contract's information is fixed").isEqualTo("onboarding.personalInfo.contractSigned");
		System.out.printf("Contract confirmation (render, record page, PAdES signature, seal, store) took %d ms; draft %d bytes, signed PDF %d bytes%n",
				confirmMillis, draft.length, signed.length);
	}

	@Test
	void theDraftCarriesTheOfferTermsAndTheFullIdNumber() throws IOException {
		String text = text(draft, 1, Integer.MAX_VALUE);
		String name = jdbc.queryForObject("select candidate_name from onboarding.onboarding_case where id = ?",
				String.class, caseId);
		LocalDate start = jdbc.queryForObject("select start_date from onboarding.onboarding_case where id = ?",
				LocalDate.class, caseId);
		assertThat(text.replaceAll("\\s+", "")).contains("劳动合同", name, idNumber, "12,500.00", start.toString(),
				start.plusMonths(36).minusDays(1).toString(), "社会保险", "8小时");
	}

	@Test
	void signedContractVerifiesWithTheTenantsCertificateAndCarriesTheRecord() throws Exception {
		SignatureVerification verification = new SignatureVerifier().verify(signed);
		assertThat(verification.valid()).as(verification.problem()).isTrue();
		assertThat(verification.subFilter()).isEqualTo("ETSI.CAdES.detached");
		assertThat(verification.certificate()).isEqualTo(signer.certificate(DEMO));
		assertThat(verification.reason()).contains(caseId.toString(), "SHA-256");
		try (PDDocument document = Loader.loadPDF(signed)) {
			String record = text(signed, document.getNumberOfPages(), document.getNumberOfPages());
			assertThat(record).contains("电子签署记录", "劳动合同 / Labour contract", caseId.toString(), "IP");
		}
		String unsignedSha = jdbc.queryForObject("select unsigned_sha256 from onboarding.labour_contract where id = ?",
				String.class, caseId);
		assertThat(text(signed, 1, Integer.MAX_VALUE).replaceAll("\\s+", "")).contains(unsignedSha);
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed))).isEqualTo(
				jdbc.queryForObject("select signed_sha256 from onboarding.labour_contract where id = ?", String.class,
						caseId));
	}

	@Test
	void pdfsigReportsTheSignatureValid() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(SignedOfferTests.PDFSIG),
				"poppler's pdfsig is not installed");
		assertThat(SignedOfferTests.pdfsig(signed)).contains("Signature Validation: Signature is Valid.")
			.contains("Total document signed");
		assertThat(SignedOfferTests.pdfsig(SignedOfferTests.tamper(signed))).doesNotContain("Signature is Valid.");
	}

	@Test
	void theSignedPdfIsStoredSealed() {
		byte[] stored = jdbc.queryForObject("select signed_pdf from onboarding.labour_contract where id = ?",
				byte[].class, caseId);
		assertThat(stored).isNotEmpty();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF", idNumber);
	}

	@Test
	void hrDownloadsTheSignedContractAsAnAuditedReadAndSeesItsState() {
		ApiClient.Binary pdf = hr.getBinary("/api/v1/onboarding-cases/" + caseId + "/contract.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).isEqualTo(signed);
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event where entity_id = ? and entity_type = 'LabourContract'
				and action = 'READ_SENSITIVE'""", Long.class, caseId.toString())).isPositive();
		JsonNode details = hr.get("/api/v1/onboarding-cases/" + caseId).json();
		assertThat(details.at("/contract/state").asString()).isEqualTo("SIGNED");
		assertThat(details.at("/contract/signedAt").isNull()).isFalse();
		assertThat(jdbc.queryForList("select action from platform.audit_event where entity_id = ? order by id",
				String.class, caseId.toString())).contains("ACCEPT", "WRONG_CODE", "SIGN");
	}

	@Test
	void anotherTenantReachesNeitherTheContractNorItsTemplates() {
		ApiClient acme = ApiClient.as(port, "hr@acme.example");
		assertProblem(acme.get("/api/v1/onboarding-cases/" + caseId + "/contract.pdf"), 404);
		assertThat(acme.get("/api/v1/contract-templates").body()).doesNotContain("示例能源集团");
	}

	@Test
	void submissionSucceedsOnceSignedAndLocksTheContract() {
		OnboardingFixtures.OpenedCase opened = openCase();
		UUID other = opened.id();
		String otherToken = opened.token();
		String otherEmail = "submit." + other.toString().substring(0, 8) + "@example.com";
		assertThat(api.put("/api/v1/onboarding/" + otherToken + "/personal-info", info(otherToken, otherEmail)).status())
			.isEqualTo(200);
		OnboardingFixtures.signContract(api, jdbc, DEMO, otherToken, otherEmail);
		ApiClient.Response submitted = api.post("/api/v1/onboarding/" + otherToken + "/submit", null);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().at("/contract/state").asString()).isEqualTo("SIGNED");
		assertProblem(api.post("/api/v1/onboarding/" + otherToken + "/contract/accept", null), 409);
	}

	@Test
	void anExpiredCodeIsRefusedAndANewAcceptanceSendsAFreshOne() {
		OnboardingFixtures.OpenedCase opened = openCase();
		UUID other = opened.id();
		String otherToken = opened.token();
		String otherEmail = "expired." + other.toString().substring(0, 8) + "@example.com";
		String path = "/api/v1/onboarding/" + otherToken;
		assertThat(api.put(path + "/personal-info", info(otherToken, otherEmail)).status()).isEqualTo(200);
		Instant since = Instant.now().minusSeconds(1);
		assertThat(api.post(path + "/contract/accept", null).status()).isEqualTo(200);
		String code = OnboardingFixtures.contractCode(jdbc, DEMO, otherEmail, since);
		jdbc.update("update onboarding.labour_contract set code_expires_at = now() - interval '1 second' where id = ?",
				other);
		assertThat(assertProblem(api.inLanguage("zh-CN").send("POST", path + "/contract/confirm", Map.of("code", code)),
				410).get("detail").asString()).contains("验证码已过期");
		since = Instant.now().minusSeconds(1);
		assertThat(api.post(path + "/contract/accept", null).status()).isEqualTo(200);
		String fresh = OnboardingFixtures.contractCode(jdbc, DEMO, otherEmail, since);
		ApiClient.Response confirmed = api.send("POST", path + "/contract/confirm", Map.of("code", fresh));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.json().get("state").asString()).isEqualTo("SIGNED");
	}

	@Test
	void fiveWrongCodesLockTheContract() {
		OnboardingFixtures.OpenedCase opened = openCase();
		UUID other = opened.id();
		String otherToken = opened.token();
		String otherEmail = "locked." + other.toString().substring(0, 8) + "@example.com";
		String path = "/api/v1/onboarding/" + otherToken;
		assertThat(api.put(path + "/personal-info", info(otherToken, otherEmail)).status()).isEqualTo(200);
		Instant since = Instant.now().minusSeconds(1);
		assertThat(api.post(path + "/contract/accept", null).status()).isEqualTo(200);
		String code = OnboardingFixtures.contractCode(jdbc, DEMO, otherEmail, since);
		for (int attempt = 1; attempt < 5; attempt++) {
			JsonNode wrong = assertProblem(api.send("POST", path + "/contract/confirm", Map.of("code", other(code))), 400);
			assertThat(wrong.get("detail").asString()).contains(String.valueOf(5 - attempt));
		}
		assertThat(assertProblem(api.send("POST", path + "/contract/confirm", Map.of("code", other(code))), 423)
			.get("code").asString()).isEqualTo("onboarding.contract.linkLocked");
		assertProblem(api.send("POST", path + "/contract/confirm", Map.of("code", code)), 423);
		assertProblem(api.post(path + "/contract/accept", null), 423);
		assertThat(api.get(path).json().at("/contract/locked").asBoolean()).isTrue();
		assertProblem(api.post(path + "/submit", null), 409);
	}

	@Test
	void theTemplateSetsTheTermAndPassportHoldersGetTheEnglishContract() throws IOException {
		ApiClient.Response saved = hr.put("/api/v1/contract-templates", Map.of("language", "en", "title",
				"Fixed-term Labour Contract", "body", "Employer: {companyName}\n\nEmployee: {employeeName} ({idType} {idNumber})"
						+ "\n\nTerm: {termMonths} months, {startDate} to {endDate}, at {placeOfWork}.",
				"termMonths", 24, "placeOfWork", "Ordos mine site"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(hr.get("/api/v1/contract-templates").json().findValuesAsString("language")).containsExactly("zh", "en");
		assertProblem(hr.put("/api/v1/contract-templates", Map.of("language", "en", "title", "x", "body", "y",
				"termMonths", 0, "placeOfWork", "z")), 400);
		assertThat(ApiClient.as(port, "recruiter@demo.example").get("/api/v1/contract-templates").status())
			.isEqualTo(403);

		OnboardingFixtures.OpenedCase opened = openCase();
		UUID other = opened.id();
		String otherToken = opened.token();
		Map<String, Object> info = info(otherToken, "passport." + other.toString().substring(0, 8) + "@example.com");
		info.put("idType", "PASSPORT");
		info.put("idNumber", "E12345678");
		info.put("birthDate", "1990-05-01");
		ApiClient.Response put = api.put("/api/v1/onboarding/" + otherToken + "/personal-info", info);
		assertThat(put.status()).as(put.body()).isEqualTo(200);
		LocalDate start = jdbc.queryForObject("select start_date from onboarding.onboarding_case where id = ?",
				LocalDate.class, other);
		String text = text(api.getBinary("/api/v1/onboarding/" + otherToken + "/contract.pdf").body(), 1, 1);
		assertThat(text).contains("Fixed-term Labour Contract", "Passport E12345678", "Term: 24 months",
				start + " to " + start.plusMonths(24).minusDays(1), "Ordos mine site");
	}

	private OnboardingFixtures.OpenedCase openCase() {
		return OnboardingFixtures.openCase(cases, jdbc, null);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> info(String caseToken, String address) {
		Map<String, Object> info = new HashMap<>(OnboardingFixtures.completed(
				JSON.convertValue(api.get("/api/v1/onboarding/" + caseToken).json().get("personalInfo"), Map.class)));
		info.put("email", address);
		return info;
	}

	private static String other(String code) {
		return code.equals("000000") ? "000001" : "000000";
	}

	private static String text(byte[] pdf, int from, int to) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(from);
			stripper.setEndPage(Math.min(to, document.getNumberOfPages()));
			return stripper.getText(document);
		}
	}
}
