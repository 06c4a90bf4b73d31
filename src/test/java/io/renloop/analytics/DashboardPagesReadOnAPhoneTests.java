package io.renloop.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.offboarding.LeavingKind;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HR on a phone (390×844, Chinese): the dashboard index shows its cards with charts; the turnover dashboard draws its
 * charts without scrolling sideways; a number drills down to the people behind it, each linking to the employee and
 * to their attrition risk; a new hire's risk opens with its reasons (the demo tenant's own model, trained on its
 * history).
 */
@RenloopIntegrationTest
class DashboardPagesReadOnAPhoneTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void hrDrillsFromTurnoverToThePeopleOnAPhone() {
		DashboardFixtures fixtures = new DashboardFixtures(jdbc, events, transactions);
		UUID leaver = fixtures.hired(ApiClient.as(port, "hr@demo.example"),
				new DemoData(jdbc).departmentId(DEMO, "SALES-N"), LocalDate.of(2022, 3, 1));
		fixtures.publish(new EmployeeLeft(DEMO, leaver, UUID.randomUUID(), LocalDate.of(2024, 8, 16),
				EmployeeLeft.Kind.VOLUNTARY, LeavingKind.RESIGNATION, null, List.of("PAY"), true));
		fixtures.awaitDelivered(leaver);
		UUID stayer = fixtures.hired(ApiClient.as(port, "hr@demo.example"),
				new DemoData(jdbc).departmentId(DEMO, "SALES-N"), LocalDate.of(2024, 8, 5));
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.navigate("http://localhost:" + port + "/analytics?lang=zh-CN");
			assertThat(page.locator("#card-turnover canvas")).isVisible();
			page.locator("#card-turnover").click();
			page.locator("#from").fill("2024-01-01");
			page.locator("#to").fill("2024-12-31");
			page.locator("#dashboard-filter button").click();

			assertThat(page.locator("#series-exitsRegretted canvas")).isVisible();
			page.screenshot(screenshot("analytics-turnover-phone"));
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

			page.locator("#series-exitsRegretted summary").click();
			page.locator("#series-exitsRegretted a.dashboard-number[href*='x=2024-08']").click();
			assertThat(page.locator("#rows-point")).containsText("2024-08");
			assertThat(page.locator("#rows-table tr[data-employee='" + leaver + "'] a.rows-employee"))
				.hasAttribute("href", "/employees/" + leaver);
			assertThat(page.locator("#rows-table tr[data-employee='" + leaver + "'] a.rows-risk"))
				.hasAttribute("href", "/analytics/attrition/employees/" + leaver);
			page.screenshot(screenshot("analytics-rows-phone"));
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

			page.goBack();
			page.locator("#series-hires summary").click();
			page.locator("#series-hires a.dashboard-number[href*='x=2024-08']").click();
			page.locator("#rows-table tr[data-employee='" + stayer + "'] a.rows-risk").click();
			assertThat(page.locator("#attrition-risk")).containsText("%");
			assertThat(page.locator("#attrition-reasons li").first()).isVisible();
			page.screenshot(screenshot("analytics-risk-reasons-phone"));
		}
	}
}
