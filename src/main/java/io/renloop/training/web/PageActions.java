package io.renloop.training.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.NotFoundException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page's form action and tells the person what happened, in their language, after the redirect. */
@Component("trainingPageActions")
class PageActions {

	private final io.renloop.platform.PageActions actions;

	PageActions(io.renloop.platform.PageActions actions) {
		this.actions = actions;
	}

	String attempt(RedirectAttributes redirect, String target, String doneKey, Supplier<?> work) {
		return actions.attempt(redirect, target, () -> {
			work.get();
			return text(doneKey);
		});
	}

	/** Back to the target with the reason a rule refused the action. */
	String refused(RedirectAttributes redirect, String target, BusinessRuleException refusal) {
		redirect.addFlashAttribute("error", text(refusal.messageKey(), refusal.arguments()));
		return target;
	}

	/** The value, or the fallback when the caller has no employee record (an administrator's login). */
	static <T> T orElse(Supplier<T> read, T fallback) {
		try {
			return read.get();
		}
		catch (NotFoundException noEmployeeRecord) {
			return fallback;
		}
	}

	String text(String key, Object... arguments) {
		return actions.text(key, arguments);
	}
}
