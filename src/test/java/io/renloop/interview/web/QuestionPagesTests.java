package io.renloop.interview.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.renloop.interview.InterviewFixtures;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The question bank pages: HR calibrates a rubric on a phone by scoring sample answers side by side, creates a
 * question through the form, and sees why a form was refused.
 */
@RenloopIntegrationTest
class QuestionPagesTests extends BrowserTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void hrCalibratesARubricOnAPhoneWithTwoSampleAnswers() {
		String id = InterviewFixtures.createGasQuestion(ApiClient.as(port, "hr@demo.example"), null);
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.locator("input[name=username]").fill(newHr());
			page.locator("input[name=password]").fill(ApiClient.PASSWORD);
			page.locator("button[type=submit]").click();
			page.navigate(url("/interview/questions/" + id + "/calibrate?lang=zh-CN"));
			assertThat(page.locator("h1")).hasText("校准评分标准");

			page.locator("#answer-1").fill("我会立即停止作业，切断电源。然后组织工友沿避灾路线撤离到新鲜风流处。撤出后马上报告调度室。在通风队处理前绝不擅自处理。");
			page.locator("#sample-1 button").click();
			page.locator("#answer-2").fill("我会先看看瓦斯浓度是多少，然后自己想办法处理一下。");
			page.locator("#sample-2 button").click();

			assertThat(page.locator("#result-1 .level")).hasText(Pattern.compile("[45] 级"));
			assertThat(page.locator("#result-1 blockquote").first()).containsText("停止作业");
			assertThat(page.locator("#result-2 .level")).hasText(Pattern.compile("[12] 级"));
			assertThat(page.locator("#result-2 .missing-must")).containsText("报告调度室");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "interview-calibrate-phone.png"))
				.setFullPage(true));
		}
	}

	@Test
	void hrCreatesAQuestionThroughTheFormAndLandsOnItsCalibration() {
		BrowserSession browser = signedIn();
		String key = TestUsers.unique("PAGE");
		Map<String, String> form = questionForm(key, "0.6 | 先认同客户的顾虑\n0.4 | 提出试用方案");
		form.put("_csrf", csrf(browser.get("/interview/questions/new").body()));

		BrowserSession.Page saved = browser.postForm("/interview/questions", form);

		org.assertj.core.api.Assertions.assertThat(saved.status()).isEqualTo(302);
		org.assertj.core.api.Assertions.assertThat(saved.location()).matches(".*/interview/questions/[0-9a-f-]+/calibrate");
		org.assertj.core.api.Assertions.assertThat(browser.get("/interview/questions?dimension=" + key).body()).contains(key);
	}

	@Test
	void formShowsWhyTheWeightsWereRefused() {
		BrowserSession browser = signedIn();
		Map<String, String> form = questionForm(TestUsers.unique("PAGE"), "0.5 | 先认同客户的顾虑\n0.2 | 提出试用方案");
		form.put("_csrf", csrf(browser.get("/interview/questions/new").body()));

		BrowserSession.Page refused = browser.postForm("/interview/questions?lang=en", form);

		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(refused.body()).contains("form-problems").contains("0.70");
	}

	@Autowired
	TenantAdministration administration;

	/** A new HR admin: switching the language with ?lang= then changes no demo login's stored preference. */
	private String newHr() {
		return TestUsers.createUser(administration, DemoData.DEMO, Role.HR_ADMIN);
	}

	private BrowserSession signedIn() {
		BrowserSession browser = new BrowserSession(port);
		browser.signIn(newHr(), ApiClient.PASSWORD);
		return browser;
	}

	private static Map<String, String> questionForm(String dimensionAndKey, String keyPoints) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("key", dimensionAndKey);
		form.put("dimension", dimensionAndKey);
		form.put("type", "SITUATIONAL");
		form.put("language", "zh");
		form.put("timeLimitSeconds", "180");
		form.put("text", "客户嫌报价太贵，你怎么回应？");
		form.put("keyPoints", keyPoints);
		form.put("mustMention", "");
		form.put("levels", "1 | 直接降价\n5 | 认同、提问、讲价值、给出下一步");
		form.put("referenceAnswer", "");
		return form;
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token");
		}
		return matcher.group(1);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
