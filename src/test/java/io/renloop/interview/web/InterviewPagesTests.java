package io.renloop.interview.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The AI interview pages in Chromium: a candidate takes the interview on a phone, HR reads the report with its
 * radar chart, and HR builds a plan and starts an interview from the plan page.
 */
@RenloopIntegrationTest
class InterviewPagesTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	InterviewSessionFixtures fixtures() {
		return new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"));
	}

	@Test
	void candidateTakesTheInterviewOnAPhoneInTheQuestionsLanguage() {
		InterviewSessionFixtures fixtures = fixtures().withPlan();
		String token = fixtures.startInterview();
		try (BrowserContext context = browser.newContext(390, 844, "en-US")) {
			Page page = context.newPage();
			page.onDialog(dialog -> dialog.accept());
			page.navigate(url("/interview/" + token));
			assertThat(page.locator("#not-analysed")).containsText("情绪");
			assertThat(page.locator("#consent")).hasText("我已阅读并同意");
			page.locator("#consent").click();

			assertThat(page.locator("#question-text")).containsText("瓦斯浓度超过1.0%");
			assertThat(page.locator("#timer")).hasText(Pattern.compile("[23]:\\d\\d"));
			page.locator("#answer").fill("我会立即停止作业，切断工作面电源，组织人员撤离，报告调度室，不擅自处理。");
			page.locator("#next").click();
			assertThat(page.locator("#question-text")).containsText("和同事在工作中发生分歧");
			assertThat(page.locator("#progress")).containsText("2");
			page.locator("#answer").fill("当时两位同事因为排班起了冲突，我先分别听取意见，再一起商量了轮换方案，最后按时完成了检修任务。");
			assertThat(page.locator("#next")).isHidden();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "interview-candidate-phone.png"))
				.setFullPage(true));
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.locator("#submit").click();
			assertThat(page.locator("#done")).isVisible();
		}
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForList("select text from interview.session_answer a "
				+ "join interview.session s on s.id = a.session_id where s.application_id = ?::uuid and s.status = 'SUBMITTED' "
				+ "order by a.position", String.class, fixtures.application))
			.hasSize(2)
			.allMatch(text -> text != null && text.length() > 20);
	}

	@Test
	void alteredLinkShowsAClearMessage() {
		BrowserSession.Page page = new BrowserSession(port).get("/interview/bm90LWEtdG9rZW4.c2lnbmF0dXJl");
		org.assertj.core.api.Assertions.assertThat(page.status()).isEqualTo(404);
	}

	@Test
	void hrReadsTheReportWithARadarChart() {
		InterviewSessionFixtures fixtures = fixtures().withPlan();
		String token = fixtures.startInterview();
		ApiClient candidate = ApiClient.anonymous(port);
		candidate.post("/api/v1/candidate-interview/" + token + "/consent", null);
		candidate.post("/api/v1/candidate-interview/" + token + "/answers", Map.of("questionId", fixtures.gasQuestion,
				"text", "我会立即停止作业，切断工作面电源，组织人员沿避灾路线撤离，报告调度室，绝不擅自处理。"));
		String session = candidate.post("/api/v1/candidate-interview/" + token + "/submit", null).json()
			.get("sessionId").asString();
		try (BrowserContext context = browser.newContext(1280, 900, "zh-CN")) {
			Page page = signIn(context);
			page.navigate(url("/interview/sessions/" + session));
			assertThat(page.locator("h1")).hasText("AI 面试报告");
			assertThat(page.locator("#interview-radar canvas")).hasCount(1);
			assertThat(page.locator(".dimension").first()).hasText("安全意识");
			assertThat(page.locator(".evidence.covered blockquote").first()).containsText("停止作业");
			assertThat(page.locator("#improvements")).containsText("团队协作");
		}
	}

	@Test
	void hrPlansTheInterviewAndStartsItForAnApplication() {
		InterviewSessionFixtures fixtures = fixtures();
		try (BrowserContext context = browser.newContext(1280, 900, "zh-CN")) {
			Page page = signIn(context);
			page.navigate(url("/interview/requisitions/" + fixtures.requisition + "/plan"));
			assertThat(page.locator("input[name=dimension]").first()).hasValue("安全意识");
			page.locator("#q-" + fixtures.gasQuestion).check();
			page.locator("#q-" + fixtures.starQuestion).check();
			page.locator("#passThreshold").fill("65");
			page.locator("#save-plan").click();
			assertThat(page.locator("#plan-saved")).isVisible();

			page.locator("button[formaction$='" + fixtures.application + "']").click();
			assertThat(page.locator("#candidate-link input")).hasValue(Pattern.compile(".*/interview/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));
		}
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"select pass_threshold from interview.interview_plan where requisition_id = ?::uuid", Integer.class,
				fixtures.requisition)).isEqualTo(65);
	}

	private Page signIn(BrowserContext context) {
		return Browser.signIn(context, port, TestUsers.createUser(administration, DEMO, Role.HR_ADMIN));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
