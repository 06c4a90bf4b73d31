package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import io.renloop.support.Accessibility;
import io.renloop.support.ApiClient;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HR works the desk's lists in a real browser: orders by a column head and filters with the URL following (the back
 * button returns), the table scrolls inside its card on a phone with its head in sight, rows are picked and closed
 * in bulk with a toast, a new requisition opens in a side panel that checks its fields and warns before unsaved
 * input is lost, and axe finds no serious or critical violation on the list pages at 1366×900 and 390×844.
 */
@RenloopIntegrationTest
class ListTablesAndSidePanelsJourneyTests extends BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void orderAndFiltersFollowTheUrlAndTheBackButtonReturns() {
		try (BrowserContext context = browser.newContext(1366, 900, "en-US")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.navigate(url("/employees?lang=en"));
			page.locator("#employee-table th[data-col=name] a").click();
			page.waitForURL(Pattern.compile(".*/employees\\?sort=name$"));
			assertThat(page.locator("#employee-table th[data-col=name]")).hasAttribute("aria-sort", "ascending");

			page.locator("#q").fill("SNE0004");
			page.waitForURL(Pattern.compile(".*q=SNE0004.*"));
			assertThat(page).hasURL(Pattern.compile(".*sort=name.*"));
			assertThat(page.locator("#employee-table tbody tr").first()).containsText("SNE0004");

			page.goBack();
			page.waitForURL(Pattern.compile(".*/employees\\?sort=name$"));
			assertThat(page.locator("#employee-table th[data-col=name]")).hasAttribute("aria-sort", "ascending");
			assertThat(page.locator("#employee-table tbody tr")).hasCount(20);
		}
	}

	@Test
	void onAPhoneTheTableScrollsInsideItsCardWithItsHeadInSight() {
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.navigate(url("/employees?lang=zh-CN"));
			Locator scroller = page.locator(".rl-table-scroll");
			assertThat(((Number) page.evaluate("document.documentElement.scrollWidth - innerWidth")).intValue())
				.isLessThanOrEqualTo(0);
			assertThat((Boolean) scroller.evaluate("el => el.scrollWidth > el.clientWidth")).isTrue();
			assertThat((Boolean) scroller.evaluate("el => el.scrollHeight > el.clientHeight")).isTrue();
			Number offset = (Number) scroller.evaluate("""
					el => { el.scrollTop = 200; const head = el.querySelector('thead th');
					  return Math.abs(head.getBoundingClientRect().top - el.getBoundingClientRect().top); }""");
			assertThat(offset.doubleValue()).isLessThan(2);
			page.screenshot(screenshot("list-table-phone-zh"));
		}
	}

	@Test
	void picksAreClosedInBulkAndANewRequisitionOpensInASidePanel() {
		UUID requisition = freshDraftRequisition();
		try (BrowserContext context = browser.newContext(1366, 900, "en-US")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.navigate(url("/recruitment/requisitions?status=DRAFT&sort=-createdAt&lang=en"));
			Locator bar = page.locator("[data-rl-bulk]");
			assertThat(bar).not().isVisible();
			page.locator("input.rl-pick[value='" + requisition + "']").check();
			assertThat(bar).isVisible();
			assertThat(bar).containsText("1 selected");
			bar.getByText("Close").click();
			assertThat(page.locator(".rl-toast")).containsText("1 changed, 0 skipped");
			assertThat(ApiClient.as(port, "hr@demo.example").get("/api/v1/requisitions/" + requisition).json()
				.get("status").asString()).isEqualTo("CLOSED");

			double tableWidth = page.locator("#results").boundingBox().width;
			page.locator("#new-requisition").click();
			assertThat(page.locator("#create-panel")).isVisible();
			assertThat(page.locator("#results").boundingBox().width).as("the panel lies over the list")
				.isEqualTo(tableWidth);
			page.locator("#create-requisition button[type=submit]").click();
			assertThat(page.locator("#create-position-error")).isVisible();
			assertThat(page.locator("#create-position")).isFocused();

			page.locator("#create-title").fill("unsaved");
			AtomicReference<String> dialog = new AtomicReference<>();
			page.onDialog(shown -> {
				dialog.set(shown.type());
				shown.accept();
			});
			page.close(new Page.CloseOptions().setRunBeforeUnload(true));
			try {
				page.waitForCondition(() -> dialog.get() != null);
			}
			catch (PlaywrightException closed) {
				// the page went away once the dialog was accepted
			}
			assertThat(dialog.get()).isEqualTo("beforeunload");
		}
	}

	@Test
	void theListPagesHaveNoSeriousAccessibilityViolations() {
		List<String> violations = new ArrayList<>();
		for (int[] screen : new int[][] { { 1366, 900 }, { 390, 844 } }) {
			try (BrowserContext context = browser.newContext(screen[0], screen[1], "zh-CN")) {
				Page page = Browser.signIn(context, port, "hr@demo.example");
				for (String path : List.of("/", "/employees", "/recruitment/requisitions", "/leave")) {
					page.navigate(url(path + "?lang=zh-CN"));
					violations.addAll(Accessibility.seriousViolations(page).stream()
						.map(line -> screen[0] + ": " + line)
						.toList());
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theDarkThemeIsRememberedAcrossPages() {
		try (BrowserContext context = browser.newContext(1366, 900, "en-US")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			assertThat(page.locator("html")).hasAttribute("data-bs-theme", "light");
			page.locator("#rl-theme").click();
			assertThat(page.locator("html")).hasAttribute("data-bs-theme", "dark");
			assertThat(page.locator("#rl-theme")).hasAttribute("aria-pressed", "true");
			page.navigate(url("/employees?lang=en"));
			assertThat(page.locator("html")).hasAttribute("data-bs-theme", "dark");
			page.screenshot(screenshot("list-table-dark-en"));
		}
	}

	private UUID freshDraftRequisition() {
		ApiClient hr = ApiClient.as(port, "hr@demo.example");
		UUID department = new DemoData(jdbc).departmentId(DemoData.DEMO, "MINING");
		String position = hr.post("/api/v1/positions", Map.of("code", TestUsers.unique("LT"), "name",
				"巡检员 " + TestUsers.unique("P"))).json().get("id").asString();
		return UUID.fromString(hr.post("/api/v1/requisitions", Map.of("positionId", position, "departmentId",
				department, "headcount", 1, "title", "批量关闭 " + TestUsers.unique("T"))).json().get("id").asString());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
