package io.renloop.fairness;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In Chromium: after submitting on a phone the candidate reads the released feedback and may fill in the voluntary
 * self-report; HR sets the feedback release on the settings page and reads the fairness page.
 */
@RenloopIntegrationTest
class FeedbackAndFairnessPagesTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@AfterEach
	void noFeedbackAgain() {
		ApiClient.as(port, "hr@demo.example").put("/api/v1/interview/settings", Map.of("feedbackRelease", "NEVER"));
	}

	@Test
	void candidateReadsFeedbackAndSelfReportsOnAPhone() {
		InterviewSessionFixtures fixtures = new InterviewSessionFixtures(port, "hr@demo.example",
				new DemoData(jdbc).departmentId(DEMO, "MINING")).withPlan();
		ApiClient.as(port, "hr@demo.example").put("/api/v1/interview/settings", Map.of("feedbackRelease", "AFTER_SUBMIT"));
		String token = fixtures.startInterview();
		ApiClient candidate = ApiClient.anonymous(port);
		String api = "/api/v1/candidate-interview/" + token;
		candidate.post(api + "/consent", null);
		candidate.post(api + "/answers", Map.of("questionId", fixtures.gasQuestion, "text",
				"我会立即停止作业，切断工作面电源，组织人员沿避灾路线撤离，报告调度室，绝不擅自处理。"));
		candidate.post(api + "/submit", null);
		try (BrowserContext context = browser.newContext(390, 844, "en-US")) {
			Page page = context.newPage();
			page.navigate(url("/interview/" + token));
			assertThat(page.locator("#done")).isVisible();
			assertThat(page.locator("#feedback-card")).isVisible();
			assertThat(page.locator("#feedback-strengths")).containsText("安全意识");
			assertThat(page.locator("#feedback-improvements li").first()).isVisible();
			assertThat(page.locator("#self-report-intro")).containsText("自愿");
			page.locator("#self-report-gender").selectOption("FEMALE");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "interview-feedback-phone.png"))
				.setFullPage(true));
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.locator("#self-report-send").click();
			assertThat(page.locator("#self-report-thanks")).isVisible();
		}
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"select count(*) from fairness.self_report where application_id = ?::uuid", Long.class, fixtures.application))
			.isEqualTo(1);
	}

	@Test
	void unreleasedFeedbackShowsWhyOnThePage() {
		InterviewSessionFixtures fixtures = new InterviewSessionFixtures(port, "hr@demo.example",
				new DemoData(jdbc).departmentId(DEMO, "MINING")).withPlan();
		String token = fixtures.startInterview();
		String api = "/api/v1/candidate-interview/" + token;
		ApiClient candidate = ApiClient.anonymous(port);
		candidate.post(api + "/consent", null);
		candidate.post(api + "/submit", null);
		try (BrowserContext context = browser.newContext(390, 844, "en-US")) {
			Page page = context.newPage();
			page.navigate(url("/interview/" + token));
			assertThat(page.locator("#feedback-pending")).containsText("暂未开放");
			assertThat(page.locator("#feedback-card")).isHidden();
		}
	}

	@Test
	void hrSetsTheReleaseAndReadsTheFairnessPage() {
		try (BrowserContext context = browser.newContext(1280, 900, "en-US")) {
			Page page = signIn(context);
			page.navigate(url("/interview/settings?lang=en"));
			assertThat(page.locator("h1")).hasText("Interview settings");
			page.locator("#release-AFTER_DAYS").check();
			page.locator("#feedbackDelayDays").fill("2");
			page.locator("#settings-form button[type=submit]").click();
			assertThat(page.locator("#settings-saved")).isVisible();
			assertThat(page.locator("#release-AFTER_DAYS")).isChecked();
		}
		try (BrowserContext context = browser.newContext(1280, 900, "zh-CN")) {
			Page page = signIn(context);
			page.navigate(url("/analytics/fairness?lang=zh-CN&stage=SCREENED"));
			assertThat(page.locator("h1")).hasText("公平性报告");
			assertThat(page.locator("#attribute-GENDER tr[data-group=NOT_REPORTED]")).containsText("未填写");
			assertThat(page.locator("#attribute-AGE_BAND")).isVisible();
			assertThat(page.locator("#stage option[selected]")).hasText("已筛选");
		}
	}

	private Page signIn(BrowserContext context) {
		return Browser.signIn(context, port, TestUsers.createUser(administration, DEMO, Role.HR_ADMIN));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
