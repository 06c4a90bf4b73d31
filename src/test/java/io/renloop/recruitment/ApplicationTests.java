package io.renloop.recruitment;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Applications arrive with consent, recognize known candidates, and move only along the hiring stages,
 * each move recorded in the history.
 */
@RenloopIntegrationTest
class ApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient recruiter;

	String requisition;

	@BeforeEach
	void openRequisition() {
		recruiter = ApiClient.as(port, "recruiter@demo.example");
		requisition = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"));
	}

	// --- arrival

	@Test
	void applicationFromResumeTextTakesContactsFromTheResume() {
		String phone = RecruitmentFixtures.uniquePhone();
		String text = SampleResumes.ZH.replace("138-1234-5678", phone)
			.replace("liming.yuan@example.com", "ly" + phone + "@example.com") + "项目经历\n"
				+ RecruitmentFixtures.randomProjects();
		JsonNode receipt = apply(Map.of("text", text, "channel", "LIEPIN", "cost", 350, "consent", true));

		JsonNode candidate = recruiter.get("/api/v1/candidates/" + receipt.get("candidateId").asString()).json();
		assertThat(candidate.get("name").asString()).isEqualTo("李明远");
		assertThat(candidate.get("phone").asString()).isEqualTo(phone);
		assertThat(candidate.at("/profile/certificates").toString()).contains("注册安全工程师");
		assertThat(candidate.toString()).doesNotContain(SampleResumes.ZH_PROTECTED);
		assertThat(candidate.at("/applications/0/application/cost").decimalValue()).isEqualByComparingTo("350");
		assertThat(candidate.at("/applications/0/history/0/to").asString()).isEqualTo("APPLIED");
	}

	@Test
	void resumeTextIsStoredSealed() {
		String marker = "独有标记" + UUID.randomUUID();
		JsonNode receipt = apply(Map.of("name", "封存测试", "phone", RecruitmentFixtures.uniquePhone(), "text",
				RecruitmentFixtures.resumeWithoutContacts("封存测试", "中国矿业大学", marker), "channel", "BOSS", "consent", true));

		byte[] stored = jdbc.queryForObject("select resume_text_enc from recruitment.candidate where id = ?::uuid",
				byte[].class, receipt.get("candidateId").asString());
		assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(marker);
	}

	@Test
	void applicationWithoutConsentIsRejected() {
		JsonNode problem = assertProblem(recruiter.post(applications(), Map.of("name", "王五", "phone",
				RecruitmentFixtures.uniquePhone(), "channel", "CAMPUS", "consent", false)), 400);
		assertThat(errorFields(problem)).containsExactly("consent");
	}

	@Test
	void closedRequisitionTakesNoApplications() {
		recruiter.post("/api/v1/requisitions/" + requisition + "/close", null);
		assertProblem(recruiter.post(applications(), Map.of("name", "王五", "phone", RecruitmentFixtures.uniquePhone(),
				"channel", "CAMPUS", "consent", true)), 409);
	}

	// --- duplicates

	@Test
	void samePhoneWrittenDifferentlyIsTheSameCandidate() {
		String phone = RecruitmentFixtures.uniquePhone();
		JsonNode first = apply(Map.of("name", "张伟", "phone", phone, "channel", "LIEPIN", "consent", true));
		String other = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"));

		JsonNode second = recruiter.post("/api/v1/requisitions/" + other + "/applications", Map.of("name", "张伟",
				"phone", "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7),
				"channel", "BOSS", "consent", true)).json();
		assertThat(second.get("candidateId").asString()).isEqualTo(first.get("candidateId").asString());
		assertThat(second.get("duplicateOf").asString()).isEqualTo(first.get("candidateId").asString());
		assertThat(recruiter.get("/api/v1/candidates/" + first.get("candidateId").asString()).json()
			.get("applications")
			.size()).isEqualTo(2);
	}

	@Test
	void sameEmailInAnotherCaseIsTheSameCandidate() {
		String email = "dup-" + UUID.randomUUID() + "@example.com";
		JsonNode first = apply(Map.of("name", "赵六", "email", email, "channel", "LIEPIN", "consent", true));
		String other = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"));

		JsonNode second = recruiter.post("/api/v1/requisitions/" + other + "/applications",
				Map.of("name", "赵六", "email", email.toUpperCase(), "channel", "OTHER", "consent", true)).json();
		assertThat(second.get("duplicateOf").asString()).isEqualTo(first.get("candidateId").asString());
	}

	@Test
	void nearIdenticalResumeIsTheSameCandidate() {
		String employer = "山西焦煤集团" + UUID.randomUUID();
		String resume = RecruitmentFixtures.resumeWithoutContacts("孙立", "中国矿业大学", employer);
		JsonNode first = apply(Map.of("phone", RecruitmentFixtures.uniquePhone(), "text", resume, "channel", "LIEPIN",
				"consent", true));
		String reformatted = resume.replace("\n", "\n\n").replace("，", ", ").replace("  ", "\t");
		String other = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"));

		JsonNode second = recruiter.post("/api/v1/requisitions/" + other + "/applications", Map.of("phone",
				RecruitmentFixtures.uniquePhone(), "text", reformatted, "channel", "QIANCHENG", "consent", true)).json();
		assertThat(second.get("duplicateOf").asString()).isEqualTo(first.get("candidateId").asString());
	}

	@Test
	void resumesFromOneTemplateByPeopleWithOtherNamesAndPhonesAreDifferentCandidates() {
		String employer = "山西焦煤集团" + UUID.randomUUID();
		JsonNode first = apply(Map.of("phone", RecruitmentFixtures.uniquePhone(), "text",
				RecruitmentFixtures.resumeWithoutContacts("孙立", "中国矿业大学", employer), "channel", "LIEPIN",
				"consent", true));
		String other = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"));

		JsonNode second = recruiter.post("/api/v1/requisitions/" + other + "/applications", Map.of("phone",
				RecruitmentFixtures.uniquePhone(), "text",
				RecruitmentFixtures.resumeWithoutContacts("王刚", "中国矿业大学", employer), "channel", "LIEPIN",
				"consent", true)).json();

		assertThat(second.get("duplicateOf").isNull()).as(second.toString()).isTrue();
		assertThat(second.get("candidateId").asString()).isNotEqualTo(first.get("candidateId").asString());
	}

	@Test
	void differentPersonIsANewCandidate() {
		JsonNode first = apply(Map.of("phone", RecruitmentFixtures.uniquePhone(), "text",
				RecruitmentFixtures.resumeWithoutContacts("周强", "中国矿业大学", "山西焦煤集团" + UUID.randomUUID()),
				"channel", "LIEPIN", "consent", true));
		JsonNode second = apply(Map.of("phone", RecruitmentFixtures.uniquePhone(), "text",
				SampleResumes.EN + "\nProject " + UUID.randomUUID(), "channel", "REFERRAL", "consent", true));

		assertThat(second.get("candidateId").asString()).isNotEqualTo(first.get("candidateId").asString());
		assertThat(second.get("duplicateOf").isNull()).isTrue();
	}

	@Test
	void applyingTwiceToTheSameRequisitionIsAConflict() {
		Map<String, Object> body = Map.of("name", "钱七", "phone", RecruitmentFixtures.uniquePhone(), "channel", "LIEPIN",
				"consent", true);
		apply(body);
		assertProblem(recruiter.post(applications(), body), 409);
	}

	// --- stages

	@Test
	void stagesMoveInOrderAndEachMoveIsRecorded() {
		String id = newApplication();
		for (String stage : List.of("SCREENED", "AI_INTERVIEW", "INTERVIEWS", "OFFER", "HIRED")) {
			assertThat(move(id, stage, null).status()).isEqualTo(200);
		}
		JsonNode history = historyOf(id);
		assertThat(history.valueStream().map(h -> h.get("to").asString())).containsExactly("APPLIED", "SCREENED",
				"AI_INTERVIEW", "INTERVIEWS", "OFFER", "HIRED");
		assertThat(history.get(1).get("actor").asString()).isEqualTo("recruiter@demo.example");
	}

	@Test
	void jumpingStagesIsAConflict() {
		String id = newApplication();
		JsonNode problem = assertProblem(move(id, "OFFER", null), 409);
		assertThat(problem.get("code").asString()).isEqualTo("recruitment.application.illegalTransition");
	}

	@Test
	void rejectionNeedsAReason() {
		String id = newApplication();
		JsonNode problem = assertProblem(move(id, "REJECTED", " "), 400);
		assertThat(errorFields(problem)).containsExactly("reason");

		assertThat(move(id, "REJECTED", "缺少注册安全工程师证书").status()).isEqualTo(200);
		assertThat(historyOf(id).get(1).get("reason").asString()).isEqualTo("缺少注册安全工程师证书");
		assertProblem(move(id, "SCREENED", null), 409);
	}

	@Test
	void bulkMoveIsAllOrNothing() {
		String applied = newApplication();
		String screened = newApplication();
		move(screened, "SCREENED", null);

		assertProblem(recruiter.post("/api/v1/applications/transitions",
				Map.of("applicationIds", List.of(applied, screened), "to", "SCREENED")), 409);
		assertThat(stageOf(applied)).isEqualTo("APPLIED");

		ApiClient.Response pooled = recruiter.post("/api/v1/applications/transitions",
				Map.of("applicationIds", List.of(applied, screened), "to", "POOL", "reason", "明年再联系"));
		assertThat(pooled.status()).as(pooled.body()).isEqualTo(200);
		assertThat(stageOf(applied)).isEqualTo("POOL");
		assertThat(stageOf(screened)).isEqualTo("POOL");
	}

	private JsonNode apply(Map<String, Object> body) {
		ApiClient.Response created = recruiter.post(applications(), new HashMap<>(body));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private String newApplication() {
		return apply(Map.of("name", "候选人", "phone", RecruitmentFixtures.uniquePhone(), "channel", "CAMPUS", "consent",
				true)).get("applicationId").asString();
	}

	private ApiClient.Response move(String applicationId, String to, String reason) {
		Map<String, Object> body = new HashMap<>();
		body.put("to", to);
		body.put("reason", reason);
		return recruiter.post("/api/v1/applications/" + applicationId + "/transitions", body);
	}

	private String stageOf(String applicationId) {
		return recruiter.get(applications())
			.json()
			.valueStream()
			.filter(a -> a.get("id").asString().equals(applicationId))
			.findFirst()
			.orElseThrow()
			.get("stage")
			.asString();
	}

	private JsonNode historyOf(String applicationId) {
		String candidate = jdbc.queryForObject("select candidate_id::text from recruitment.application where id = ?::uuid",
				String.class, applicationId);
		return recruiter.get("/api/v1/candidates/" + candidate)
			.json()
			.get("applications")
			.valueStream()
			.filter(a -> a.at("/application/id").asString().equals(applicationId))
			.findFirst()
			.orElseThrow()
			.get("history");
	}

	private String applications() {
		return "/api/v1/requisitions/" + requisition + "/applications";
	}
}
