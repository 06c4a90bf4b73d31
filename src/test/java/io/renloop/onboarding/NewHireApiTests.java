package io.renloop.onboarding;

import static io.renloop.support.DemoData.ACME;
import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The new hire's API and HR's case API on one case: validation with per-field errors that saves nothing, document
 * checks by content, the checklist worked by its owners, masking and audited reveal, and tenant isolation.
 */
@RenloopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewHireApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantTime tenantTime;

	@Autowired
	OnboardingCases cases;

	@Autowired
	TenantAdministration administration;

	UUID caseId;

	String token;

	ApiClient newHire;

	@BeforeAll
	void openCase() {
		Map<String, Object> candidacy = jdbc.queryForMap("""
				select a.id as application_id, a.candidate_id, a.requisition_id, r.department_id, r.position_id
				from recruitment.application a join recruitment.requisition r on r.id = a.requisition_id
				join recruitment.candidate c on c.id = a.candidate_id
				where a.tenant_id = 'demo' and a.stage = 'OFFER' order by a.created_at limit 1""");
		Instant sent = Instant.now().minusSeconds(1);
		OfferAccepted offer = OnboardingFixtures.offer(DEMO, candidacy, LocalDate.now().plusDays(10));
		caseId = SystemActor.callAs(DEMO, () -> cases.open(offer));
		assertThat(SystemActor.callAs(DEMO, () -> cases.open(offer))).as("one case per offer").isEqualTo(caseId);
		String name = jdbc.queryForObject("select candidate_name from onboarding.onboarding_case where id = ?",
				String.class, caseId);
		token = OnboardingFixtures.linkToken(jdbc, DEMO, name, sent);
		newHire = ApiClient.anonymous(port);
	}

	private Map<String, Object> validInfo() {
		@SuppressWarnings("unchecked")
		Map<String, Object> prefilled = JSON.convertValue(
				newHire.get("/api/v1/onboarding/" + token).json().get("personalInfo"), Map.class);
		return OnboardingFixtures.completed(prefilled);
	}

	@Test
	void invalidDataIsRefusedFieldByFieldAndNothingIsSaved() {
		Map<String, Object> info = new HashMap<>(validInfo());
		byte[] before = storedInfo();
		String id = info.get("idNumber").toString();
		info.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
		info.put("bank", Map.of("bankName", "中国工商银行", "cardNumber", "6222021234567890123"));
		info.put("phone", "12345");
		info.put("email", "not-an-address");
		info.put("emergencyContact", Map.of("name", "王芳", "relation", "", "phone", "13900001111"));
		JsonNode problem = assertProblem(newHire.put("/api/v1/onboarding/" + token + "/personal-info", info), 400);
		assertThat(errorFields(problem)).containsExactlyInAnyOrder("idNumber", "bank.cardNumber", "phone", "email",
				"emergencyContact.relation");
		assertThat(problem.toString()).contains("validation.prcId.checksum");
		assertThat(storedInfo()).isEqualTo(before);
	}

	private byte[] storedInfo() {
		return jdbc.queryForObject("select personal_info from onboarding.onboarding_case where id = ?", byte[].class,
				caseId);
	}

	@Test
	void aPassportNeedsItsShapeAndABirthDate() {
		Map<String, Object> info = new HashMap<>(validInfo());
		info.put("idType", "PASSPORT");
		info.put("idNumber", "E1234");
		info.put("birthDate", null);
		JsonNode problem = assertProblem(newHire.put("/api/v1/onboarding/" + token + "/personal-info", info), 400);
		assertThat(errorFields(problem)).containsExactlyInAnyOrder("idNumber", "birthDate");
	}

	@Test
	void documentsAreCheckedByTheirBytes() {
		ApiClient.Response text = OnboardingApi.upload(newHire, token, "DEGREE", "degree.pdf",
				"not a pdf at all".getBytes(StandardCharsets.UTF_8));
		assertProblem(text, 415);
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(OnboardingFixtures.PNG, 0, large, 0, OnboardingFixtures.PNG.length);
		assertProblem(OnboardingApi.upload(newHire, token, "PHOTO", "big.png", large), 413);
		assertProblem(OnboardingApi.upload(newHire, token, "PASSPORT_SCAN", "id.png", OnboardingFixtures.PNG), 400);
		ApiClient.Response photo = OnboardingApi.upload(newHire, token, "PHOTO", "me.png", OnboardingFixtures.PNG);
		assertThat(photo.status()).as(photo.body()).isEqualTo(201);
		assertThat(photo.json().get("contentType").asString()).isEqualTo("image/png");
		byte[] stored = jdbc.queryForObject("select content from onboarding.onboarding_document where id = ?::uuid",
				byte[].class, photo.json().get("id").asString());
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("sealed at rest").doesNotContain("PNG");
	}

	@Test
	void anUnknownTokenIsNotFoundAndHrCannotCompleteAnOpenCase() {
		assertProblem(newHire.get("/api/v1/onboarding/" + "A".repeat(43)), 404);
		assertProblem(newHire.get("/api/v1/onboarding/short"), 404);
		assertProblem(ApiClient.as(port, "hr@demo.example").post("/api/v1/onboarding-cases/" + caseId + "/complete",
				null), 409);
	}

	@Test
	void personalInfoIsMaskedForHrAndRevealedOnlyWithThePermissionAndAudited() {
		ApiClient.Response saved = newHire.put("/api/v1/onboarding/" + token + "/personal-info", validInfo());
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		JsonNode masked = hr.get("/api/v1/onboarding-cases/" + caseId).json();
		assertThat(masked.get("personalInfoMasked").asBoolean()).isTrue();
		assertThat(masked.at("/personalInfo/bank/cardNumber").asString()).contains("****");
		JsonNode revealed = hr.get("/api/v1/onboarding-cases/" + caseId + "?reveal=true").json();
		assertThat(revealed.at("/personalInfo/idNumber").asString()).doesNotContain("*");
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event where tenant_id = 'demo' and entity_id = ?
				and action = 'READ_SENSITIVE'""", Long.class, caseId.toString())).isPositive();
		assertProblem(ApiClient.as(port, "recruiter@demo.example")
			.get("/api/v1/onboarding-cases/" + caseId + "?reveal=true"), 403);
	}

	@Test
	void theChecklistIsWorkedByItsOwnersAndShowsProgressPerOwner() {
		JsonNode details = ApiClient.as(port, "hr@demo.example").get("/api/v1/onboarding-cases/" + caseId).json();
		assertThat(details.get("checklist").size()).isEqualTo(7);
		assertThat(details.at("/progress/1/owner").asString()).isEqualTo("IT");
		assertThat(details.at("/progress/1/total").asInt()).isEqualTo(3);
		String itItem = item(details, "IT");
		String hrItem = item(details, "HR");
		ApiClient it = ApiClient.as(port, TestUsers.createUser(administration, DEMO, Role.IT_SUPPORT));
		assertThat(it.get("/api/v1/onboarding-cases").json().toString()).contains(caseId.toString());
		JsonNode itView = it.get("/api/v1/onboarding-cases/" + caseId).json();
		assertThat(itView.path("monthlySalary").isNumber()).as("IT support reads no offers, so no pay").isFalse();
		assertThat(details.get("monthlySalary").isNumber()).isTrue();
		assertThat(itView.get("checklist").valueStream().map(i -> i.get("owner").asString())).containsOnly("IT")
			.hasSize(3);
		assertThat(itView.get("progress").size()).as("progress of all three owners").isEqualTo(3);
		assertProblem(it.post("/api/v1/onboarding-cases/" + caseId + "/checklist/" + hrItem + "/done", null), 403);
		ApiClient.Response done = it.post("/api/v1/onboarding-cases/" + caseId + "/checklist/" + itItem + "/done", null);
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertProblem(it.post("/api/v1/onboarding-cases/" + caseId + "/checklist/" + itItem + "/done", null), 409);
		JsonNode after = ApiClient.as(port, "hr@demo.example").get("/api/v1/onboarding-cases/" + caseId).json();
		assertThat(after.at("/progress/1/done").asInt()).isEqualTo(1);
	}

	@Test
	void anotherTenantSeesNothingOfTheCase() {
		ApiClient acme = ApiClient.as(port, "hr@acme.example");
		assertThat(acme.get("/api/v1/onboarding-cases").json().toString()).doesNotContain(caseId.toString());
		assertProblem(acme.get("/api/v1/onboarding-cases/" + caseId), 404);
		assertProblem(acme.post("/api/v1/onboarding-cases/" + caseId + "/complete", null), 404);
		assertThat(SystemActor.callAs(ACME, () -> cases.list())).noneMatch(c -> c.id().equals(caseId));
	}

	@Test
	void aManagerSeesTheCasesOfTheirDepartmentsOnly() {
		DemoData data = new DemoData(jdbc);
		Map<String, Object> candidacy = new HashMap<>(jdbc.queryForMap("""
				select a.id as application_id, a.candidate_id, a.requisition_id, r.department_id, r.position_id
				from recruitment.application a join recruitment.requisition r on r.id = a.requisition_id
				where a.tenant_id = 'demo' and a.stage = 'OFFER' order by a.created_at limit 1"""));
		candidacy.put("department_id", data.departmentId(DEMO, "COAL-2"));
		UUID mine = SystemActor.callAs(DEMO, () -> cases.open(OnboardingFixtures.offer(DEMO, candidacy, tenantTime.today())));
		candidacy.put("department_id", data.departmentId(DEMO, "FIN"));
		UUID finance = SystemActor.callAs(DEMO, () -> cases.open(OnboardingFixtures.offer(DEMO, candidacy, tenantTime.today())));
		ApiClient manager = ApiClient.as(port, "manager@demo.example");
		String list = manager.get("/api/v1/onboarding-cases").body();
		assertThat(list).contains(mine.toString()).doesNotContain(finance.toString());
		assertProblem(manager.get("/api/v1/onboarding-cases/" + finance), 404);
		JsonNode details = manager.get("/api/v1/onboarding-cases/" + mine).json();
		assertProblem(manager.post("/api/v1/onboarding-cases/" + mine + "/checklist/" + item(details, "IT") + "/done",
				null), 403);
		assertThat(manager.post("/api/v1/onboarding-cases/" + mine + "/checklist/" + item(details, "MANAGER") + "/done",
				null).status()).isEqualTo(200);
	}

	private static String item(JsonNode details, String owner) {
		for (JsonNode item : details.get("checklist")) {
			if (item.get("owner").asString().equals(owner) && !item.get("done").asBoolean()) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("no open " + owner + " item");
	}
}
