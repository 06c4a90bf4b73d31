package io.renloop.support;

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
}
