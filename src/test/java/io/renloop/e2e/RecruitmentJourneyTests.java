package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.renloop.recruitment.ResumeDocuments;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A recruiter opens a mine-safety requisition, uploads three resumes (a safety engineer, a salesperson and a
 * corrupt file), watches the progress bar finish with the corrupt file reported, and sees the ranked list with
 * match percentages and their explanation: the safety engineer above the salesperson.
 */
@RenloopIntegrationTest
class RecruitmentJourneyTests extends BrowserTest {

	private static final String ENGINEER = "秦卫东";

	private static final String SALESPERSON = "苏晓琳";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@TempDir
	Path files;

	/** A new recruiter: no stored language, so the browser's language decides. */
	private String newRecruiter() {
		return TestUsers.createUser(administration, DemoData.DEMO, Role.RECRUITER);
	}

	@Test
	void recruiterUploadsResumesAndSeesThemRankedWithExplanations() throws IOException {
		String title = "矿井安全工程师 " + TestUsers.unique("E2E");
		mineSafetyRequisition(title);
		Path engineer = write("qin-weidong.docx", ResumeDocuments.docx(engineerResume()));
		Path salesperson = write("su-xiaolin.txt", salesResume().getBytes(StandardCharsets.UTF_8));
		Path corrupt = write("damaged.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj <<".getBytes(StandardCharsets.ISO_8859_1));

		try (BrowserContext context = browser.newContext(1280, 900, "zh-CN")) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.locator("#username").fill(newRecruiter());
			page.locator("#password").fill(ApiClient.PASSWORD);
			page.locator("button[type=submit]").click();
			page.locator("#nav-requisitions").click();
			assertThat(page.locator("h1")).hasText("招聘需求");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("#requisition-title")).hasText(title);
			assertThat(page.locator("#competency-model")).containsText("注册安全工程师");

			page.locator("#upload-files").setInputFiles(new Path[] { engineer, salesperson, corrupt });
			page.locator("#upload-channel").selectOption("BOSS");
			page.locator("#upload-start").click();
			assertThat(page.locator("#upload-error")).containsText("请确认候选人已通过该渠道同意");
			page.locator("#upload-consent").check();
			page.locator("#upload-start").click();

			Locator job = page.locator("#upload-job-status");
			assertThat(job).hasAttribute("data-status", "COMPLETED",
					new LocatorAssertions.HasAttributeOptions().setTimeout(120_000));
			assertThat(page.locator("#upload-job .progress-bar")).hasText("100%");
			assertThat(page.locator("#upload-failures")).containsText("damaged.pdf");
			assertThat(page.locator("#upload-failures")).containsText("无法读取");
			assertThat(page.locator("#upload-outcome")).containsText("生成 2 条应聘记录");

			Locator ranked = page.locator("#ranked-list > li");
			assertThat(ranked).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
			assertThat(ranked.nth(0)).containsText(ENGINEER);
			assertThat(ranked.nth(1)).containsText(SALESPERSON);
			assertThat(ranked.nth(0).locator(".match-score")).hasText(Pattern.compile("^匹配度 \\d{1,3}%$"));
			assertThat(ranked.nth(0).locator(".match-factors")).containsText("证书");
			assertThat(ranked.nth(1).locator(".match-factors")).containsText("硬性要求");
			assertThat(ranked.nth(1).locator(".match-factors li.text-danger")).not().hasCount(0);
			assertThat(score(ranked.nth(0))).isGreaterThan(score(ranked.nth(1)));
			page.screenshot(screenshot("recruitment-ranked-zh"));

			page.locator("#lang-en").click();
			assertThat(page.locator("#ranked-list > li").nth(0).locator(".match-score"))
				.hasText(Pattern.compile("^Match \\d{1,3}%$"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ENGINEER)).click();
			assertThat(page.locator("#candidate-name")).hasText(ENGINEER);
			assertThat(page.locator("#candidate-certificates")).containsText("注册安全工程师");
			assertThat(page.locator("#candidate-phone")).hasText("******");
			page.screenshot(screenshot("recruitment-candidate-en"));
		}
	}

	@Test
	void requisitionPageWorksOnAPhoneScreen() {
		String title = "矿井安全工程师 " + TestUsers.unique("PH");
		String requisition = mineSafetyRequisition(title);
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.locator("#username").fill(newRecruiter());
			page.locator("#password").fill(ApiClient.PASSWORD);
			page.locator("button[type=submit]").click();
			page.navigate(url("/recruitment/requisitions/" + requisition));
			assertThat(page.locator("#upload-start")).isVisible();
			assertThat(page.locator("#ranked")).isVisible();
			page.screenshot(screenshot("recruitment-requisition-phone"));
		}
	}

	private String mineSafetyRequisition(String title) {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID department = new DemoData(jdbc).departmentId(DemoData.DEMO, "MINING");
		String position = hr.post("/api/v1/positions", Map.of("code", TestUsers.unique("E2E"), "name", title))
			.json()
			.get("id")
			.asString();
		hr.put("/api/v1/headcount-plans", Map.of("departmentId", department, "positionId", position, "planned", 2));
		ApiClient.Response model = hr.put("/api/v1/positions/" + position + "/competency-model", Map.of("dimensions",
				List.of(Map.of("name", "安全意识", "weight", 0.5), Map.of("name", "技能熟练度", "weight", 0.3),
						Map.of("name", "职业素养", "weight", 0.2)),
				"mustHaves", Map.of("minYearsExperience", 3, "minEducation", "BACHELOR", "requiredCertificates",
						List.of("注册安全工程师"), "requiredSkills", List.of("隐患排查")),
				"descriptionZh", "负责煤矿井下安全管理、隐患排查治理和瓦斯防治。"));
		assertThat(model.status()).as(model.body()).isEqualTo(200);
		String requisition = hr.post("/api/v1/requisitions", Map.of("positionId", position, "departmentId", department,
				"headcount", 1, "title", title)).json().get("id").asString();
		assertThat(hr.post("/api/v1/requisitions/" + requisition + "/open", null).status()).isEqualTo(200);
		return requisition;
	}

	private static double score(Locator match) {
		return Double.parseDouble(match.locator(".match-score").innerText().replaceAll("[^0-9.]", ""));
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(files.resolve(name), content);
	}

	private static String engineerResume() {
		return """
				个人简历
				姓名：%s
				手机：%s
				教育背景
				2006.09-2010.06  中国矿业大学  安全工程  本科
				工作经历
				2010年7月—2016年6月  山西焦煤集团有限责任公司  通风安全员
				· 负责瓦斯检测、通风管理和隐患排查
				2016年7月—至今  陕西煤业化工集团有限责任公司  安全工程师
				· 负责安全生产管理和隐患排查治理，编制安全技术措施
				专业技能
				隐患排查、瓦斯检测、安全生产管理、AutoCAD
				证书
				注册安全工程师、特种作业操作证
				项目
				%s
				""".formatted(ENGINEER, phone(), UUID.randomUUID());
	}

	private static String salesResume() {
		return """
				个人简历
				姓名：%s
				手机：%s
				教育背景
				2012.09-2016.06  上海财经大学  市场营销  本科
				工作经历
				2016年7月—至今  上海某消费品有限公司  销售经理
				· 负责华东区客户开发与渠道管理，完成年度销售目标
				专业技能
				客户开发、商务谈判、渠道管理、Excel
				证书
				营销师
				项目
				%s
				""".formatted(SALESPERSON, phone(), UUID.randomUUID());
	}

	private static String phone() {
		return "133" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
