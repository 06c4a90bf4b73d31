package io.renloop.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a page with axe-core (its script from the {@code org.webjars.npm:axe-core} test dependency, injected into
 * the page, so no npm and no network): the WCAG 2.1 A and AA rules, violations of serious or critical impact.
 */
public final class Accessibility {

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final String SCRIPT = read();

	private Accessibility() {
	}

	/** The serious and critical violations on the page as it is now, one line each: rule, impact, elements. */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(Page page) {
		if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
			// evaluated through the DevTools protocol, which the pages' Content-Security-Policy does not block
			page.evaluate(SCRIPT + "\n;true");
		}
		List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
				async () => (await axe.run(document, { runOnly: { type: 'tag',
				  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations
				  .filter(v => v.impact === 'serious' || v.impact === 'critical')
				  .map(v => ({ id: v.id, impact: v.impact,
				    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ') }))""");
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> violation : found) {
			lines.add(page.url() + ": " + violation.get("id") + " (" + violation.get("impact") + ") at "
					+ violation.get("targets"));
		}
		return lines;
	}

	private static String read() {
		try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
			if (in == null) {
				throw new IllegalStateException(AXE + " is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
