package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import io.renloop.training.TrainingFixtures;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An employee opens an online video course on a phone, watches a real video to the end (Chromium plays a WebM it
 * recorded from a canvas a moment before, and the page's player reports the seconds actually played), passes the
 * course's exam, and the certificate appears on their learning page and on their employee record.
 */
@RenloopIntegrationTest
class PhoneCourseExamCertificateJourneyTests extends BrowserTest {

	/** Records about four seconds of an animated canvas as WebM (VP8/VP9) and answers it as base64. */
	private static final String RECORD_VIDEO = """
			async () => {
			  const canvas = document.createElement('canvas');
			  canvas.width = 160; canvas.height = 120;
			  const ctx = canvas.getContext('2d');
			  const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: 'video/webm' });
			  const chunks = [];
			  recorder.ondataavailable = e => { if (e.data.size > 0) chunks.push(e.data); };
			  const stopped = new Promise(resolve => { recorder.onstop = resolve; });
			  recorder.start(500);
			  const started = performance.now();
			  await new Promise(resolve => {
			    const timer = setInterval(() => {
			      const t = performance.now() - started;
			      ctx.fillStyle = 'hsl(' + Math.floor(t / 10) % 360 + ', 80%, 45%)';
			      ctx.fillRect(0, 0, 160, 120);
			      ctx.fillStyle = '#fff'; ctx.font = '40px sans-serif'; ctx.fillText((t / 1000).toFixed(1), 30, 75);
			      if (t > 4200) { clearInterval(timer); resolve(); }
			    }, 40);
			  });
			  recorder.stop();
			  await stopped;
			  const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
			  let binary = '';
			  for (let i = 0; i < bytes.length; i++) { binary += String.fromCharCode(bytes[i]); }
			  return btoa(binary);
			}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void anEmployeeWatchesTheCourseOnAPhonePassesTheExamAndHoldsTheCertificate() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String type = TrainingFixtures.certificateType(hr, null);
		Map<String, Object> video = TrainingFixtures.course("ONLINE", "VIDEO", 3, 0, List.of("旅程"));
		String title = (String) video.get("titleZh");
		UUID course = TrainingFixtures.createCourse(hr, video);
		String exam = "旅程考试 " + TestUsers.unique("X");
		ApiClient.Response created = hr.post("/api/v1/training/exams", Map.ofEntries(
				Map.entry("code", TestUsers.unique("JX")), Map.entry("titleZh", exam), Map.entry("titleEn", exam),
				Map.entry("bank", TestUsers.unique("JB")), Map.entry("questionCount", 3),
				Map.entry("timeLimitMinutes", 10), Map.entry("passMark", 60), Map.entry("maxAttempts", 2),
				Map.entry("courseId", course), Map.entry("certificateType", type), Map.entry("questions", List.of(
						question("入井前必须检查自救器。"), question("瓦斯超限必须停工撤人。"), question("局部通风机不得随意停开。")))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		ApiClient.Response hired = hr.post("/api/v1/employees", Map.of("employeeNo", TestUsers.unique("JT"), "name",
				"旅程学员", "departmentId", new DemoData(jdbc).departmentId(DEMO, "COAL-1"), "hireDate", "2025-06-01"));
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		UUID employee = UUID.fromString(hired.json().get("id").asString());
		String login = TestUsers.unique("learn") + "@demo.test";
		administration.createUser(new NewUser(DEMO, login, "旅程学员", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE), null,
				null, employee));
		assertThat(hr.post("/api/v1/training/enrolments", Map.of("courseId", course, "employeeId", employee)).status())
			.isEqualTo(201);

		try (BrowserContext desk = browser.newContext(1366, 900, "zh-CN")) {
			Page page = desk.newPage();
			page.navigate(url("/login"));
			byte[] webm = Base64.getDecoder().decode((String) page.evaluate(RECORD_VIDEO));
			ApiClient.Response uploaded = ApiClient.as(port, "admin@demo.example").send("PUT", "/api/v1/training/courses/"
					+ course + "/content", webm, "application/octet-stream");
			assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
		}

		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page me = Browser.signIn(phone, port, login);
			me.navigate(url("/me/training?lang=zh-CN"));
			me.locator("#my-enrolments a").filter(new Locator.FilterOptions().setHasText(title)).click();
			assertThat(me.locator("#course-progress")).hasText("0%");
			Object playing = me.evaluate("""
					() => { const v = document.getElementById('course-video'); v.muted = true;
					  return v.play().then(() => true); }""");
			assertThat(playing).isEqualTo(true);
			// the player reports the played seconds when the video ends; three of three seconds complete the course
			assertThat(me.locator("#course-progress")).hasText("100%", new com.microsoft.playwright.assertions
				.LocatorAssertions.HasTextOptions().setTimeout(30_000));
			assertThat((Boolean) me.evaluate("() => document.getElementById('course-video').ended")).isTrue();
			me.screenshot(screenshot("training-phone-video-watched"));

			me.navigate(url("/me/training?lang=zh-CN"));
			assertThat(me.locator("#my-enrolments a").filter(new Locator.FilterOptions().setHasText(title)))
				.containsText("已完成");
			me.locator("#my-exams form").filter(new Locator.FilterOptions().setHasText(exam)).locator(".start-exam")
				.click();
			Locator trueAnswers = me.locator("#exam-form input[value=true]");
			assertThat(trueAnswers).hasCount(3);
			for (int i = 0; i < 3; i++) {
				trueAnswers.nth(i).check();
			}
			me.locator("#submit-exam").click();
			assertThat(me.locator("#exam-result")).hasClass(java.util.regex.Pattern.compile(".*alert-success.*"));
			me.screenshot(screenshot("training-phone-exam-passed"));

			me.navigate(url("/me/training?lang=zh-CN"));
			assertThat(me.locator("#my-certificates")).containsText("测试证 " + type);
			assertThat(me.locator("#my-certificates")).containsText("有效", new ContainsTextOptions());
		}

		try (BrowserContext desk = browser.newContext(1366, 900, "zh-CN")) {
			Page record = Browser.signIn(desk, port, "hr@demo.example");
			record.navigate(url("/employees/" + employee + "?lang=zh-CN"));
			assertThat(record.locator("body")).containsText("获得证书 Certificate · 测试证 " + type);
			record.navigate(url("/training/employees/" + employee + "?lang=zh-CN"));
			assertThat(record.locator("main")).containsText("测试证 " + type);
		}
	}

	private static Map<String, Object> question(String text) {
		return Map.of("kind", "TRUE_FALSE", "text", text, "options", List.of(), "answer", "true", "explanation",
				"《煤矿安全规程》的要求。");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
