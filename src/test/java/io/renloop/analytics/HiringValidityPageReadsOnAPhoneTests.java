package io.renloop.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HR opens hiring validity on a phone (390×844) in Chinese: the chart of the demo's mining engineers draws, the table
 * fits the screen, and a position with too few hires says so.
 */
@RenloopIntegrationTest
class HiringValidityPageReadsOnAPhoneTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hrReadsTheCorrelationsAndTheirIntervalsOnAPhone() {
		DemoData data = new DemoData(jdbc);
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.navigate("http://localhost:" + port + "/analytics/predictive-validity?lang=zh-CN");
			page.locator("#positionId").selectOption(data.positionId(DEMO, "MINING-ENG").toString());
			page.locator("#validity-filter button").click();

			assertThat(page.locator("#validity-chart canvas")).isVisible();
			assertThat(page.locator("#validity-table")).containsText("逻辑思维");
			assertThat(page.locator("#validity-demo")).isVisible();
			page.screenshot(screenshot("hiring-validity-phone"));
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

			page.locator("#positionId").selectOption(data.positionId(DEMO, "SAFETY-ENG").toString());
			page.locator("#validity-filter button").click();
			assertThat(page.locator("#validity-table")).containsText("数据不足");
		}
	}
}
