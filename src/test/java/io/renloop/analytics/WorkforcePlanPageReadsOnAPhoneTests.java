package io.renloop.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HR opens the demo's 2027 workforce plan on a phone (390×844) in Chinese: the capacity goal with its drivers, the
 * lines with the gap chart and the tracking chart draw, the page fits the screen, and the requisition button answers
 * line by line (the demo's 编制 leaves one place per slot, so the mines' gaps are reported as over it). HR creates a
 * plan from the list page's form and is told why a second driver of the same slot is refused.
 */
@RenloopIntegrationTest
class WorkforcePlanPageReadsOnAPhoneTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hrReadsTheDemoPlanAndProposesRequisitionsOnAPhone() {
		UUID plan = jdbc.queryForObject("select id from analytics.workforce_plan where tenant_id = ? and plan_year = 2027 "
				+ "and name = '2027 年度人力规划'", UUID.class, DEMO);
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.navigate("http://localhost:" + port + "/analytics/workforce-plans?lang=zh-CN");
			assertThat(page.locator("#workforce-plans")).containsText("2027 年度人力规划");

			page.navigate("http://localhost:" + port + "/analytics/workforce-plans/" + plan + "?lang=zh-CN");
			assertThat(page.locator("#workforce-goals")).containsText("新增产能 300 万吨");
			assertThat(page.locator("#workforce-goals")).containsText("采煤机司机");
			assertThat(page.locator("#workforce-lines")).containsText("井下采煤一队");
			assertThat(page.locator("#workforce-gap-chart canvas")).isVisible();
			assertThat(page.locator("#workforce-tracking-chart canvas")).isVisible();
			assertThat(page.locator("#workforce-kpis")).containsText("万吨");
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(screenshot("workforce-plan-phone"));

			page.locator("#workforce-propose").click();
			assertThat(page.locator("#workforce-proposals")).containsText("超出编制");
		}
	}

	@Test
	void hrCreatesAPlanFromOneGoalAndOneDriverAndIsToldWhyADuplicateDriverIsRefused() {
		DemoData data = new DemoData(jdbc);
		String name = TestUsers.unique("Phone plan");
		try (BrowserContext context = browser.newContext(390, 844, "en")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.navigate("http://localhost:" + port + "/analytics/workforce-plans?lang=en");
			page.locator("#workforce-create summary").click();
			page.locator("#wf-name").fill(name);
			page.locator("[name=goalCode]").fill("EAST");
			page.locator("[name=goalNameZh]").fill("华东销售额 +20% " + name);
			page.locator("[name=goalNameEn]").fill("East China sales +20 %");
			page.locator("[name=metric]").fill("Sales");
			page.locator("[name=unit]").fill("100M CNY");
			page.locator("[name=baseline]").fill("5");
			page.locator("[name=target]").fill("6");
			page.locator("#wf-first-goal [name=departmentId]").selectOption(data.departmentId(DEMO, "SALES-E").toString());
			page.locator("#wf-first-goal [name=positionId]").selectOption(data.positionId(DEMO, "SALES-REP").toString());
			page.locator("#wf-first-goal [name=outputPerPerson]").fill("0.25");
			page.locator("#workforce-create button[type=submit]").click();

			assertThat(page.locator("#workforce-goals")).containsText("East China sales +20 %");
			assertThat(page.locator("#workforce-lines")).containsText("销售代表");

			page.locator("#workforce-add-driver summary").click();
			page.locator("#workforce-add-driver [name=departmentId]").selectOption(data.departmentId(DEMO, "SALES-E").toString());
			page.locator("#workforce-add-driver [name=positionId]").selectOption(data.positionId(DEMO, "SALES-REP").toString());
			page.locator("#workforce-add-driver [name=outputPerPerson]").fill("1");
			page.locator("#workforce-add-driver button[type=submit]").click();
			assertThat(page.locator("#workforce-error")).containsText("already drives this position");
		}
	}
}
