package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.NewUser;
import io.renloop.support.ApiClient;
import io.renloop.support.Approvals;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.Eventually;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An employee writes the self review on a phone, the manager scores it at the desk with the data and formula in
 * view, HR calibrates with a reason, the results are approved and published, and the grade appears on the phone.
 */
@RenloopIntegrationTest
class SelfReviewToPublishedResultJourneyTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	@Test
	void theEmployeeReviewsOnThePhoneTheManagerScoresHrCalibratesAndTheGradeArrives() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		String code = TestUsers.unique("JT").toUpperCase().replaceAll("[^A-Za-z0-9_.-]", "_");
		UUID team = UUID.fromString(hr.post("/api/v1/departments", Map.of("parentId", new DemoData(jdbc).departmentId(
				DEMO, "MINING"), "code", code, "name", "旅程班组 " + code, "kind", "TEAM")).json().get("id").asString());
		String number = TestUsers.unique("JR");
		UUID employee = UUID.fromString(hr.post("/api/v1/employees", Map.of("employeeNo", number, "name", "旅程矿工",
				"departmentId", team, "hireDate", "2024-03-01")).json().get("id").asString());
		String login = TestUsers.unique("review") + "@demo.test";
		administration.createUser(new NewUser(DEMO, login, "旅程矿工", ApiClient.PASSWORD, Set.of(Role.EMPLOYEE), null,
				team, employee));
		String template = code.replace('-', '_').replace('.', '_').toUpperCase();
		assertThat(hr.put("/api/v1/performance/templates/" + template, Map.of("name", "旅程 KPI", "kind", "KPI",
				"competencyWeight", 0, "items", List.of(Map.of("code", "OUTPUT", "name", "原煤产量", "weight", 60, "metric",
						"COAL_OUTPUT", "threshold", 800, "target", 1200), Map.of("code", "QUALITY", "name", "工作质量",
								"weight", 40)))).status()).isEqualTo(200);
		String cycle = hr.post("/api/v1/performance/cycles", Map.of("name", "旅程 2036 一季度", "kind", "QUARTERLY",
				"period", "2036-Q1", "periodStart", "2026-07-01", "periodEnd", "2026-09-30", "templateCode", template,
				"departmentId", team)).json().get("id").asString();
		hr.post("/api/v1/performance/metrics", Map.of("period", "2036-Q1", "values", List.of(Map.of("employeeNo",
				number, "metric", "COAL_OUTPUT", "value", 1100, "source", "MES 一季度"))));
		hr.post("/api/v1/performance/cycles/" + cycle + "/phase", Map.of("phase", "SELF_REVIEW"));

		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page me = Browser.signIn(phone, port, login);
			me.navigate(url("/me?lang=zh-CN"));
			me.locator("#me-performance-link").click();
			me.locator("input[name='score.QUALITY']").fill("90");
			me.locator("textarea[name=comment]").fill("本季度无违章，带教一名新工");
			me.locator("button[name=submit]").click();
			assertThat(me.locator("#review-saved")).isVisible();
			me.screenshot(screenshot("self-review-phone"));
		}

		try (BrowserContext desk = browser.newContext(1366, 900, "zh-CN")) {
			Page page = Browser.signIn(desk, port, "manager@demo.example");
			page.navigate(url("/performance/cycles/" + cycle + "/reviews?lang=zh-CN"));
			page.locator("#review-" + number + " a").click();
			assertThat(page.locator("#items")).containsText("MES 一季度");
			assertThat(page.locator("#items")).containsText("1,100.00");
			page.locator("input[name='score.QUALITY']").fill("80");
			page.locator("#potential").selectOption("3");
			page.locator("#submit-manager").click();
			assertThat(page.locator("#review-saved")).isVisible();
			// output 75 × 60 % + quality 80 × 40 % = 77
			assertThat(page.locator("#review-score")).containsText("77.00");
			page.screenshot(screenshot("manager-review"));
		}

		hr.post("/api/v1/performance/cycles/" + cycle + "/phase", Map.of("phase", "CALIBRATION"));
		try (BrowserContext desk = browser.newContext(1366, 900, "zh-CN")) {
			Page page = Browser.signIn(desk, port, "hr@demo.example");
			page.navigate(url("/performance/cycles/" + cycle + "?lang=zh-CN"));
			assertThat(page.locator("#distribution")).containsText("旅程班组");
			page.locator("#person-" + number + " select[name=grade]").selectOption("A");
			page.locator("#person-" + number + " input[name=reason]").fill("井下抢险表现突出");
			page.locator("#person-" + number + " button").click();
			assertThat(page.locator("#moves")).containsText("井下抢险表现突出");
			page.screenshot(screenshot("calibration"));
		}

		hr.post("/api/v1/performance/cycles/" + cycle + "/submit", Map.of());
		Approvals.approve(port, "hr@demo.example", cycle);
		assertThat(Eventually.await(() -> "APPROVED".equals(hr.get("/api/v1/performance/cycles/" + cycle).json()
			.get("phase").asString()) ? true : null)).isTrue();
		assertThat(hr.post("/api/v1/performance/cycles/" + cycle + "/publish", Map.of()).status()).isEqualTo(200);

		try (BrowserContext phone = browser.newContext(390, 844, "zh-CN")) {
			Page me = Browser.signIn(phone, port, login);
			me.navigate(url("/me/performance?lang=zh-CN"));
			assertThat(me.locator(".review .result").first()).containsText("A");
			assertThat(me.locator(".review").first()).containsText("MES 一季度");
			me.screenshot(screenshot("result-phone"));
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
