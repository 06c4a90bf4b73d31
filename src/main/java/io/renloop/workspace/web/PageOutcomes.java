package io.renloop.workspace.web;

import io.renloop.platform.PageActions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a workspace action and turns its outcome into a notice or a readable error on the page it returns to, in
 * the user's language; a refused action changes nothing.
 */
@Component
class PageOutcomes {

	private static final String HOME = "redirect:/me";

	private final PageActions actions;

	PageOutcomes(PageActions actions) {
		this.actions = actions;
	}

	/** Runs {@code action}, whose result is the notice to show, and returns to {@code /me}. */
	String attempt(RedirectAttributes redirect, Supplier<String> action) {
		return attempt(redirect, HOME, action);
	}

	/** Runs {@code action}, whose result is the notice to show, and returns to the page {@code back}. */
	String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
		return actions.attempt(redirect, back, "me.notFound", "me.invalid", action);
	}

	String failed(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("error", text(key));
		return HOME;
	}

	String text(String key, Object... arguments) {
		return actions.text(key, arguments);
	}
}
