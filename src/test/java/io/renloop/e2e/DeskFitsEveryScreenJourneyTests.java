package io.renloop.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import io.renloop.support.Browser;
import io.renloop.support.BrowserTest;
import io.renloop.support.RenloopIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The desk's top-level pages fit a laptop (1366×900), a wide screen (1920×1080) and a phone (390×844) in both
 * languages: no page scrolls sideways, none logs a console error, and the sidebar is a drawer on the phone. The search
 * box works from the keyboard alone. Screenshots go to {@code target/screenshots}.
 */
@RenloopIntegrationTest
class DeskFitsEveryScreenJourneyTests extends BrowserTest {

	static final List<String> PAGES = List.of("/", "/employees", "/org", "/recruitment/requisitions",
			"/attendance/daily", "/leave", "/performance", "/training", "/analytics", "/approvals", "/me");

	static final int[][] SCREENS = { { 1366, 900 }, { 1920, 1080 }, { 390, 844 } };

	@LocalServerPort
	int port;

	@Test
	void everyTopLevelPageFitsEveryScreenInBothLanguages() {
		List<String> problems = new ArrayList<>();
		for (int[] screen : SCREENS) {
			for (String language : List.of("zh-CN", "en")) {
				try (BrowserContext context = browser.newContext(screen[0], screen[1], language)) {
					Page page = Browser.signIn(context, port, "hr@demo.example");
					List<String> errors = new ArrayList<>();
					page.onConsoleMessage(message -> {
						if ("error".equals(message.type())) {
							errors.add(message.text());
						}
					});
					for (String path : PAGES) {
						page.navigate("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang="
								+ language);
						page.waitForLoadState();
						Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
						if (((Number) overflow).intValue() > 0) {
							problems.add(path + " at " + screen[0] + " in " + language + " is " + overflow
									+ " px too wide");
						}
						page.screenshot(screenshot("desk-" + screen[0] + "-" + language
								+ path.replaceAll("[^a-z]+", "-")).setFullPage(false));
					}
					errors.forEach(error -> problems.add("console at " + screen[0] + " in " + language + ": " + error));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void thePhoneOpensTheSidebarAsADrawer() {
		try (BrowserContext context = browser.newContext(390, 844, "zh-CN")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			assertThat(page.locator("#nav-employees")).not().isVisible();
			page.locator("#rl-sidebar-toggle").click();
			assertThat(page.locator("#nav-employees")).isVisible();
			page.locator("#nav-employees").click();
			page.waitForURL(Pattern.compile(".*/employees$"));
		}
	}

	@Test
	void theKeyboardFindsAPageFromTheSearchBox() {
		try (BrowserContext context = browser.newContext(1366, 900, "zh-CN")) {
			Page page = Browser.signIn(context, port, "hr@demo.example");
			page.waitForLoadState(LoadState.NETWORKIDLE);
			page.keyboard().press("Control+k");
			assertThat(page.locator("#rl-search")).isFocused();
			page.locator("#rl-search").fill("招聘需求");
			// each step waits for what it needs: the hits that answer the whole text (not an earlier keystroke's;
			// the first search of a freshly started app warms up its queries), then the focus on the first hit
			assertThat(page.locator("#rl-search-results .rl-search-for"))
				.hasText("招聘需求", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
			Locator first = page.locator("#rl-search-results a.rl-hit").first();
			assertThat(first).isVisible();
			page.keyboard().press("ArrowDown");
			assertThat(first).isFocused();
			page.keyboard().press("Enter");
			page.waitForURL(Pattern.compile(".*/recruitment/requisitions.*"));
			assertThat(page.locator("#nav-requisitions")).hasClass(Pattern.compile(".*\\bactive\\b.*"));
		}
	}
}
