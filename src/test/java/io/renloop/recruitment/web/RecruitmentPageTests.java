package io.renloop.recruitment.web;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.ResumeUpload;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The recruiter's pages through a signed-in browser session without JavaScript: the requisition list and its
 * actions, the ranked applications with bulk stage moves, bulk uploads, and the candidate page.
 */
@RenloopIntegrationTest
class RecruitmentPageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	ApiClient hr;

	UUID department;

	UUID position;

	String requisition;

	String title;

	@BeforeEach
	void openRequisitionWithApplicants() {
		hr = ApiClient.as(port, "hr@demo.example");
		department = new DemoData(jdbc).departmentId(DEMO, "MINING");
		position = UUID.fromString(hr.post("/api/v1/positions",
				Map.of("code", TestUsers.unique("RP"), "name", "安全工程师 " + TestUsers.unique("P"))).json().get("id").asString());
		hr.put("/api/v1/headcount-plans", Map.of("departmentId", department, "positionId", position, "planned", 3));
		hr.put("/api/v1/positions/" + position + "/competency-model", Map.of("dimensions",
				List.of(Map.of("name", "安全意识", "weight", 1)), "mustHaves",
				Map.of("requiredCertificates", List.of("注册安全工程师"))));
		title = "安全工程师 " + TestUsers.unique("T");
		requisition = hr.post("/api/v1/requisitions", Map.of("positionId", position, "departmentId", department,
				"headcount", 2, "title", title)).json().get("id").asString();
		assertThat(hr.post("/api/v1/requisitions/" + requisition + "/open", null).status()).isEqualTo(200);
	}

	@Test
	void listShowsRequisitionsWithTheirApplicationsAndCreatesNewOnes() {
		apply("周建国", "注册安全工程师");
		BrowserSession recruiter = signedIn(newUser(Role.RECRUITER));
		String list = recruiter.get("/recruitment/requisitions?status=OPEN&lang=en").body();
		assertThat(list).contains(title, "Talent acquisition", "New requisition");
		assertThat(rowOf(list, title)).contains(">1<");

		String newTitle = "巡检员 " + TestUsers.unique("N");
		BrowserSession.Page created = postForm(recruiter, "/recruitment/requisitions", Map.of("positionId",
				position.toString(), "departmentId", department.toString(), "headcount", "1", "title", newTitle));
		assertThat(created.status()).isEqualTo(302);
		assertThat(recruiter.get(created.location().replaceFirst("^https?://[^/]+", "")).body()).contains(newTitle, "Draft");
		assertThat(postForm(recruiter, "/recruitment/requisitions", Map.of("title", "incomplete")).body())
			.contains("Choose a position and a department");
	}

	@Test
	void openingBeyondThePlanShowsTheReasonAndOffersHrTheOverride() {
		String big = hr.post("/api/v1/requisitions", Map.of("positionId", position, "departmentId", department,
				"headcount", 5)).json().get("id").asString();
		BrowserSession recruiter = signedIn(newUser(Role.RECRUITER));
		BrowserSession.Page refused = postForm(recruiter, "/recruitment/requisitions/" + big + "/open", Map.of());
		assertThat(refused.body()).contains("would exceed the headcount plan").doesNotContain("override-form");

		BrowserSession hrPage = signedIn(newUser(Role.HR_ADMIN));
		assertThat(postForm(hrPage, "/recruitment/requisitions/" + big + "/open", Map.of()).body()).contains("override-form");
		BrowserSession.Page overridden = postForm(hrPage, "/recruitment/requisitions/" + big + "/open",
				Map.of("override", "true", "reason", "季度安全检查需要"));
		assertThat(overridden.status()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select status from recruitment.requisition where id = ?::uuid", String.class, big))
			.isEqualTo("OPEN");
	}

	@Test
	void rankedApplicationsShowTheMatchAndMoveInBulkWithAReasonForRejection() {
		String engineer = apply("周建国", "注册安全工程师");
		String clerk = apply("吴小梅", "会计从业资格");
		BrowserSession recruiter = signedIn(newUser(Role.RECRUITER));
		String page = recruiter.get("/recruitment/requisitions/" + requisition + "?lang=zh-CN").body();
		assertThat(page).contains("匹配度", "硬性要求", "批量上传简历");
		assertThat(page.indexOf("周建国")).isLessThan(page.indexOf("吴小梅"));

		String withoutReason = postForm(recruiter, "/recruitment/requisitions/" + requisition + "/moves?lang=en",
				Map.of("applicationIds", clerk, "to", "REJECTED")).body();
		assertThat(withoutReason).contains("Give a reason for the rejection.");
		assertThat(stageOf(clerk)).isEqualTo("APPLIED");

		Map<String, String> move = new LinkedHashMap<>(Map.of("to", "SCREENED"));
		String moved = postForm(recruiter, "/recruitment/requisitions/" + requisition + "/moves?lang=en&applicationIds="
				+ engineer + "&applicationIds=" + clerk, move).body();
		assertThat(moved).contains("2 application(s) moved.");
		assertThat(stageOf(engineer)).isEqualTo("SCREENED");
		assertThat(stageOf(clerk)).isEqualTo("SCREENED");
	}

	@Test
	void uploadFromThePageStartsAJobWhoseProgressIsShown() {
		BrowserSession recruiter = signedIn(newUser(Role.RECRUITER));
		String token = BrowserSession.csrfTokenOf(recruiter.get("/recruitment/requisitions/" + requisition));
		BrowserSession.Page started = new ResumeUpload().field("_csrf", token)
			.field("channel", "BOSS")
			.field("consent", "true")
			.file("files", "zheng.txt", resumeText("郑海涛", "注册安全工程师"))
			.file("files", "broken.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII))
			.postTo(recruiter, "/recruitment/requisitions/" + requisition + "/imports?lang=en");
		assertThat(started.status()).as(started.body()).isEqualTo(302);
		Matcher job = Pattern.compile("job=([0-9a-f-]{36})").matcher(started.location());
		assertThat(job.find()).isTrue();

		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		String panel = recruiter.get("/recruitment/imports/" + job.group(1) + "?lang=en").body();
		while (!panel.contains("data-status=\"COMPLETED\"") && Instant.now().isBefore(deadline)) {
			panel = recruiter.get("/recruitment/imports/" + job.group(1) + "?lang=en").body();
		}
		assertThat(panel).contains("data-status=\"COMPLETED\"", "100%", "broken.pdf", "could not be read")
			.doesNotContain("hx-trigger=\"every 1s\"");

		BrowserSession.Page noConsent = new ResumeUpload().field("_csrf", token)
			.field("channel", "BOSS")
			.file("files", "a.txt", resumeText("郑海涛", "注册安全工程师"))
			.postTo(recruiter, "/recruitment/requisitions/" + requisition + "/imports?lang=en");
		assertThat(noConsent.body()).contains("Confirm that the candidates consented");
	}

	@Test
	void candidatePageMasksContactsUntilRevealedAndShowsTheTimeline() {
		String application = apply("冯立强", "注册安全工程师");
		hr.post("/api/v1/applications/" + application + "/transitions", Map.of("to", "REJECTED", "reason", "暂不考虑外地候选人"));
		String candidate = jdbc.queryForObject("select candidate_id::text from recruitment.application where id = ?::uuid",
				String.class, application);
		String phone = jdbc.queryForObject("select phone from recruitment.candidate where id = ?::uuid", String.class, candidate);

		BrowserSession recruiter = signedIn(newUser(Role.RECRUITER));
		String page = recruiter.get("/recruitment/candidates/" + candidate + "?lang=zh-CN").body();
		assertThat(page).contains("冯立强", "******", "注册安全工程师", "中国矿业大学", "已淘汰", "暂不考虑外地候选人", "匹配度")
			.doesNotContain(phone);
		String token = BrowserSession.csrfTokenOf(recruiter.get("/recruitment/requisitions/" + requisition));
		String revealed = postForm(recruiter, "/recruitment/candidates/" + candidate + "/contact", Map.of("_csrf", token)).body();
		assertThat(revealed).contains(phone);
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.audit_event where tenant_id = 'demo' and entity_type = 'Candidate'
				and entity_id = ?""", Long.class, candidate)).isPositive();
	}

	@Test
	void peopleWithoutRecruitmentRightsSeeNeitherTheLinkNorThePages() {
		BrowserSession employee = signedIn("employee@demo.example");
		assertThat(employee.get("/").body()).doesNotContain("/recruitment/requisitions");
		assertThat(employee.get("/recruitment/requisitions").status()).isEqualTo(403);
		assertThat(employee.get("/recruitment/requisitions/" + requisition).status()).isEqualTo(403);
		assertThat(signedIn("recruiter@demo.example").get("/").body()).contains("/recruitment/requisitions");
		assertThat(signedIn("hr@acme.example").get("/recruitment/requisitions/" + requisition).status()).isEqualTo(404);
	}

	private String apply(String name, String certificate) {
		JsonNode receipt = hr.post("/api/v1/requisitions/" + requisition + "/applications", Map.of("phone", uniquePhone(),
				"text", new String(resumeText(name, certificate), StandardCharsets.UTF_8), "channel", "LIEPIN", "consent", true))
			.json();
		return receipt.get("applicationId").asString();
	}

	private static byte[] resumeText(String name, String certificate) {
		return ("个人简历\n姓名：" + name + "\n教育背景\n2008.09-2012.06  中国矿业大学  安全工程  本科\n工作经历\n"
				+ "2012年7月—至今  山西焦煤集团有限责任公司  安全员\n· 负责隐患排查与安全生产管理\n证书\n" + certificate
				+ "\n项目 " + UUID.randomUUID() + " " + UUID.randomUUID() + " " + UUID.randomUUID())
			.getBytes(StandardCharsets.UTF_8);
	}

	private String stageOf(String application) {
		return jdbc.queryForObject("select stage from recruitment.application where id = ?::uuid", String.class, application);
	}

	/** A new user: switching the language with ?lang= then changes no demo login's stored preference. */
	private String newUser(Role role) {
		return TestUsers.createUser(administration, DEMO, role);
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		assertThat(session.signIn(login, ApiClient.PASSWORD).status()).isEqualTo(302);
		return session;
	}

	/** Posts a form with the CSRF token of a page of the session. */
	private static BrowserSession.Page postForm(BrowserSession session, String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.putIfAbsent("_csrf", BrowserSession.csrfTokenOf(session.get("/recruitment/requisitions")));
		return session.postForm(path, form);
	}

	private static String rowOf(String page, String text) {
		int at = page.indexOf(text);
		return page.substring(at, page.indexOf("</tr>", at));
	}

	private static String uniquePhone() {
		return "135" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
	}
}
