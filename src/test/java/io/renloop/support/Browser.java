package io.renloop.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Real Chromium (Debian's {@code /usr/bin/chromium}) driven by Playwright. On a developer machine without
 * Chromium the browser tests are skipped with a message; in CI ({@code CI=true}) they fail instead.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private Browser() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
	}

	public static Browser launch() {
		boolean available = Files.isExecutable(CHROMIUM);
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("Chromium is missing at " + CHROMIUM + "; .ci/run installs it");
		}
		Assumptions.assumeTrue(available, "Chromium not installed at " + CHROMIUM + ": skipping browser test "
				+ "(apt-get install chromium fonts-noto-cjk)");
		return new Browser();
	}

	/** A fresh, isolated browser session (cookies, storage) with the given viewport. */
	public BrowserContext newContext(int width, int height, String locale) {
		return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height)
			.setLocale(locale));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

	/** Signs {@code login} in on the login page of the app at {@code port} and waits for the landing page. */
	public static Page signIn(BrowserContext context, int port, String login) {
		Page page = context.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.locator("input[name=username]").fill(login);
		page.locator("input[name=password]").fill(ApiClient.PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/(\\?.*)?$"));
		return page;
	}
}
