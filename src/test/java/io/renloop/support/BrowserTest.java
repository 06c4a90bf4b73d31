package io.renloop.support;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class that drives real Chromium: one browser per class, started before its first test and closed after
 * its last. Each test opens its own {@code browser.newContext(...)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	protected Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	/** Options that save a full-page screenshot as {@code target/screenshots/<name>.png}. */
	protected static Page.ScreenshotOptions screenshot(String name) {
		return new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true);
	}
}
