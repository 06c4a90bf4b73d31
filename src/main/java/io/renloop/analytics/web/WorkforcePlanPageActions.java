package io.renloop.analytics.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a workforce plan page's form action: where it leads on success with a notice, or back with the reasons the
 * plan was refused, in the person's language (field names are the API's, so the reasons say which row is wrong).
 */
@Component
class WorkforcePlanPageActions {

	private final MessageSource messages;

	WorkforcePlanPageActions(MessageSource messages) {
		this.messages = messages;
	}

	/** @param work returns the view to redirect to on success */
	String attempt(RedirectAttributes redirect, String back, String doneKey, Supplier<String> work) {
		try {
			String next = work.get();
			if (doneKey != null) {
				redirect.addFlashAttribute("notice", text(doneKey));
			}
			return next;
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("error", text(refused.messageKey(), refused.arguments()));
		}
		catch (InvalidFieldsException invalid) {
			redirect.addFlashAttribute("error", invalid.problems()
				.stream()
				.map(p -> p.field() + ": " + text(p.messageKey(), p.arguments()))
				.collect(Collectors.joining(" ")));
		}
		catch (ConstraintViolationException invalid) {
			redirect.addFlashAttribute("error", invalid.getConstraintViolations()
				.stream()
				.map(v -> v.getPropertyPath() + ": " + v.getMessage())
				.collect(Collectors.joining(" ")));
		}
		catch (WorkforcePlanForms.IncompleteForm incomplete) {
			redirect.addFlashAttribute("error", text("analytics.workforce.incomplete"));
		}
		return back;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
