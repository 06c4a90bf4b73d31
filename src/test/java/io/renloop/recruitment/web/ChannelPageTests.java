package io.renloop.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The channel page shows the chart and the table of every channel in the user's language, reports a period
 * that ends before it starts, and is there only for those who may read recruitment data.
 */
@RenloopIntegrationTest
class ChannelPageTests {

	@LocalServerPort
	int port;

	@Test
	void recruiterSeesTheChartAndTheTableOfEveryChannelInChinese() {
		BrowserSession browser = signedIn(newUser(Role.RECRUITER));
		BrowserSession.Page page = browser.get("/recruitment/channels?lang=zh-CN");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("招聘渠道效果", "id=\"channel-chart\"", "id=\"channel-table\"", "猎聘", "BOSS直聘",
				"前程无忧", "内部推荐", "校园招聘", "单次招聘成本", "/js/channel-chart.js", "href=\"/recruitment/channels\"");
		assertThat(page.body()).containsPattern("data-channel=\"REFERRAL\"[^>]*data-counts=\"[1-9]\\d*,");
	}

	@Test
	void thePageIsInEnglishToo() {
		BrowserSession.Page page = signedIn(newUser(Role.HR_ADMIN)).get("/recruitment/channels?lang=en&from=2025-01-01&to=2025-12-31");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Channel effectiveness", "Cost per hire", "Liepin", "value=\"2025-01-01\"");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsReported() {
		BrowserSession.Page page = signedIn(newUser(Role.HR_ADMIN)).get("/recruitment/channels?lang=en&from=2025-02-01&to=2025-01-01");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"range-invalid\"").doesNotContain("id=\"channel-table\"");
	}

	@Test
	void employeesDoNotSeeThePageNorTheLink() {
		BrowserSession browser = signedIn("employee@demo.example");
		assertThat(browser.get("/recruitment/channels").status()).isEqualTo(403);
		assertThat(browser.get("/").body()).doesNotContain("/recruitment/channels");
	}

	@Autowired
	TenantAdministration administration;

	/** A new user: no stored language, so the {@code lang} parameter does not leak into other tests' users. */
	private String newUser(Role role) {
		return TestUsers.createUser(administration, DemoData.DEMO, role);
	}

	private BrowserSession signedIn(String login) {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.signIn(login, ApiClient.PASSWORD).location()).doesNotContain("error");
		return browser;
	}
}
