package io.renloop.recruitment.web;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.ResumeUpload;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public careers page: no login, only the tenant's OPEN requisitions, a privacy notice, consent required,
 * readable form errors, CSRF protected, and nothing of another tenant.
 */
@RenloopIntegrationTest
class CareersPageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	String openTitle;

	String open;

	String draft;

	@BeforeEach
	void requisitions() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID department = new DemoData(jdbc).departmentId(DEMO, "MINING");
		UUID position = UUID.fromString(hr.post("/api/v1/positions",
				Map.of("code", TestUsers.unique("CP"), "name", "通风工程师 " + TestUsers.unique("P"))).json().get("id").asString());
		hr.put("/api/v1/headcount-plans", Map.of("departmentId", department, "positionId", position, "planned", 5));
		hr.put("/api/v1/positions/" + position + "/competency-model", Map.of("dimensions",
				java.util.List.of(Map.of("name", "安全意识", "weight", 1)), "mustHaves", Map.of(), "descriptionZh",
				"负责矿井通风系统设计与瓦斯治理。", "descriptionEn", "Designs mine ventilation and methane control."));
		openTitle = "通风工程师 " + TestUsers.unique("T");
		open = hr.post("/api/v1/requisitions", Map.of("positionId", position, "departmentId", department, "headcount", 1,
				"title", openTitle)).json().get("id").asString();
		assertThat(hr.post("/api/v1/requisitions/" + open + "/open", null).status()).isEqualTo(200);
		draft = hr.post("/api/v1/requisitions", Map.of("positionId", position, "departmentId", department, "headcount", 1,
				"title", "草稿 " + TestUsers.unique("D"))).json().get("id").asString();
	}

	@Test
	void visitorsSeeOnlyTheOpenRequisitionsOfTheTenantInTheirLanguage() {
		BrowserSession visitor = new BrowserSession(port);
		BrowserSession.Page english = visitor.get("/careers/demo?lang=en");
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.body()).contains(openTitle, "Designs mine ventilation").doesNotContain("草稿 ", "nav-link");
		assertThat(visitor.get("/careers/demo?lang=zh-CN").body()).contains("负责矿井通风系统设计");

		assertThat(new BrowserSession(port).get("/careers/acme").body()).doesNotContain(openTitle);
		assertThat(visitor.get("/careers/no-such-tenant").status()).isEqualTo(404);
		assertThat(visitor.get("/careers/demo/" + draft).status()).isEqualTo(404);
		assertThat(visitor.get("/careers/acme/" + open).status()).isEqualTo(404);
		assertThat(visitor.get("/careers/demo/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theFormShowsThePrivacyNotice() {
		String form = new BrowserSession(port).get("/careers/demo/" + open + "?lang=zh-CN").body();
		assertThat(form).contains("隐私声明", "24 个月", "绝不考虑性别、年龄、民族、婚姻状况或政治面貌", "删除", "name=\"consent\"");
	}

	@Test
	void applicationWithoutConsentShowsTheErrorAndSavesNothing() {
		String phone = uniquePhone();
		BrowserSession.Page answer = submit(new BrowserSession(port), form("陈思远", phone, "").file("resume", "cv.txt",
				resume("陈思远", phone)));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("we cannot process your application without your consent");
		assertThat(applicationsOf(phone)).isZero();
	}

	@Test
	void badEmailAndUnreadableFilesAreShownReadably() {
		String phone = uniquePhone();
		BrowserSession visitor = new BrowserSession(port);
		assertThat(submit(visitor, form("陈思远", phone, "true").field("email", "not-an-email")
			.file("resume", "cv.txt", resume("陈思远", phone))).body()).contains("The e-mail address is not valid.");
		assertThat(submit(visitor, form("陈思远", phone, "true").file("resume", "cv.pdf",
				"%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII))).body()).contains("could not be read");
		assertThat(applicationsOf(phone)).isZero();
	}

	@Test
	void consentingApplicantIsRecordedFromTheCareersPage() {
		String phone = uniquePhone();
		BrowserSession visitor = new BrowserSession(port);
		BrowserSession.Page answer = submit(visitor, form("陈思远", phone, "true").field("email", "sy" + phone + "@example.com")
			.file("resume", "cv.txt", resume("陈思远", phone)));
		assertThat(answer.status()).as(answer.body()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/careers/demo/" + open + "/thanks");
		assertThat(visitor.get("/careers/demo/" + open + "/thanks?lang=en").body()).contains("Thank you for applying", openTitle);
		assertThat(jdbc.queryForObject("""
				select a.channel from recruitment.application a join recruitment.candidate c on c.id = a.candidate_id
				where c.phone = ? and a.requisition_id = ?::uuid and a.tenant_id = 'demo'""", String.class, phone, open))
			.isEqualTo("CAREERS_PAGE");
	}

	@Test
	void applyingNeedsTheCsrfToken() {
		String phone = uniquePhone();
		BrowserSession visitor = new BrowserSession(port);
		visitor.get("/careers/demo/" + open);
		BrowserSession.Page answer = new ResumeUpload().field("name", "陈思远")
			.field("phone", phone)
			.field("consent", "true")
			.file("resume", "cv.txt", resume("陈思远", phone))
			.postTo(visitor, "/careers/demo/" + open);
		assertThat(answer.status()).isEqualTo(403);
		assertThat(applicationsOf(phone)).isZero();
	}

	private BrowserSession.Page submit(BrowserSession visitor, ResumeUpload form) {
		String token = BrowserSession.csrfTokenOf(visitor.get("/careers/demo/" + open + "?lang=en"));
		return form.field("_csrf", token).postTo(visitor, "/careers/demo/" + open);
	}

	private static ResumeUpload form(String name, String phone, String consent) {
		ResumeUpload form = new ResumeUpload().field("name", name).field("phone", phone);
		return consent.isEmpty() ? form : form.field("consent", consent);
	}

	private long applicationsOf(String phone) {
		return jdbc.queryForObject("""
				select count(*) from recruitment.application a join recruitment.candidate c on c.id = a.candidate_id
				where c.phone = ?""", Long.class, phone);
	}

	private static byte[] resume(String name, String phone) {
		return ("个人简历\n姓名：" + name + "\n手机：" + phone + "\n教育背景\n2010.09-2014.06  中国矿业大学  安全工程  本科\n"
				+ "工作经历\n2014年7月—至今  淮河能源集团  通风工程师\n项目 " + UUID.randomUUID() + " " + UUID.randomUUID())
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String uniquePhone() {
		return "137" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
	}
}
