package io.renloop.workflow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.renloop.support.DemoData.DEMO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A manager approves on a phone-sized screen; HR sees the chain of offers without BPMN. */
@RenloopIntegrationTest
class ApprovalPageTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ApprovalRequests requests;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void managerApprovesOnAPhone() {
		UUID offer = UUID.randomUUID();
		String title = "Offer 页面测试 " + offer.toString().substring(0, 8);
		new Approvers(users).as("hr@demo.example", () -> requests.start(new ApprovalRequest("offer", offer, title,
				new DemoData(jdbc).departmentId(DEMO, "MINING"), null, new BigDecimal("18000"), Map.of("岗位", "安全工程师"))));
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = Browser.signIn(context, port, "manager@demo.example");
			page.navigate("http://localhost:" + port + "/approvals");
			var card = page.locator(".approval-task", new Page.LocatorOptions().setHasText(title));
			assertThat(card).containsText("安全工程师");
			card.locator("textarea").fill("同意录用");
			card.locator("button[value='APPROVED']").click();
			assertThat(page.locator("#approval-notice")).containsText("审批意见已记录");
			assertThat(page.locator(".approval-task", new Page.LocatorOptions().setHasText(title))).hasCount(0);
		}
	}

	@Test
	void hrSeesAndSavesTheOfferChain() {
		try (BrowserContext context = browser.newContext(1280, 900, "en-US")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.navigate("http://localhost:" + port + "/approvals/chains?subjectType=offer");
			assertThat(page.locator("#chain-source")).hasText("CONFIGURED");
			page.locator("#chain-form button[type=submit]").click();
			assertThat(page.locator("#chain-notice")).containsText("saved");
		}
	}
}
