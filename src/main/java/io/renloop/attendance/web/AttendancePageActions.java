package io.renloop.attendance.web;

import io.renloop.platform.PageActions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form action of the attendance pages and turns its outcome into a notice or a readable error (in the user's
 * language) on the page it returns to; a refused action changes nothing.
 */
@Component
class AttendancePageActions {

	private final PageActions actions;

	AttendancePageActions(PageActions actions) {
		this.actions = actions;
	}

	/** Runs the work, shows {@code doneKey} (or the refusal) and redirects to {@code target}. */
	String attempt(RedirectAttributes redirect, String target, String doneKey, Supplier<?> work) {
		return actions.attempt(redirect, "redirect:" + target, "timeclock.requests.notFound", "page.invalid", () -> {
			work.get();
			return text(doneKey);
		});
	}

	String text(String key, Object... arguments) {
		return actions.text(key, arguments);
	}
}
