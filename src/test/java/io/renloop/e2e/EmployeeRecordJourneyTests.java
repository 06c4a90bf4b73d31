package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserTest;
import io.renloop.support.RenloopIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HR signs in, switches the language, finds an employee, opens the record and sees the masked ID number.
 */
@RenloopIntegrationTest
class EmployeeRecordJourneyTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Test
	void hrFindsAnEmployeeAndSeesTheMaskedIdNumber() {
		String name = ApiClient.as(port, "hr@demo.example").get("/api/v1/employees?q=SNE00042").json().at("/content/0/name").asString();
		try (BrowserContext context = browser.newContext(1280, 900, "en-US")) {
			Page page = context.newPage();
			page.navigate(url("/"));
			assertThat(page).hasURL(Pattern.compile(".*/login.*"));
			page.getByLabel("E-mail").fill("hr@demo.example");
			page.getByLabel("Password").fill(ApiClient.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page.locator("h1")).containsText("Welcome");

			page.locator("#lang-zh").click();
			assertThat(page.locator("h1")).containsText("欢迎");
			page.locator("#nav-employees").click();
			assertThat(page.locator("h1")).hasText("员工");

			page.waitForLoadState(LoadState.LOAD);
			page.locator("#q").fill("SNE00042");
			assertThat(page.locator("#employees-total")).hasText("共 1 条");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();

			assertThat(page.locator("#employee-name")).hasText(name);
			assertThat(page.locator("#id-number")).hasText(Pattern.compile("^\\d{6}\\*{8}\\d{3}[\\dX]$"));
			assertThat(page.getByText("履历时间线")).isVisible();
			assertThat(page.locator("#timeline li").first()).isVisible();
			page.screenshot(screenshot("employee-detail-zh"));
			page.navigate(url("/org"));
			assertThat(page.locator("#org-chart canvas")).isVisible();
			assertThat(page.locator("#headcount-table")).containsText("井下采煤一队");
			page.screenshot(screenshot("org-zh"));
		}
	}

	@Test
	void employeeListWorksOnAPhoneScreen() {
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.locator("#username").fill("manager@demo.example");
			page.locator("#password").fill(ApiClient.PASSWORD);
			page.locator("button[type=submit]").click();
			page.navigate(url("/employees"));
			assertThat(page.locator("#employee-table tbody tr").first()).isVisible();
			assertThat(page.locator("#employee-table")).not().containsText("销售部");
			page.screenshot(screenshot("employees-phone-manager"));
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
