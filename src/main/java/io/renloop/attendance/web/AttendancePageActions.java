package io.renloop.attendance.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form action of the attendance pages and turns its outcome into a notice or a readable error (in the user's
 * language) on the page it returns to; a refused action changes nothing.
 */
@Component
class AttendancePageActions {

	private final MessageSource messages;

	AttendancePageActions(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs the work, shows {@code doneKey} (or the refusal) and redirects to {@code target}. */
	String attempt(RedirectAttributes redirect, String target, String doneKey, Supplier<?> work) {
		try {
			work.get();
			redirect.addFlashAttribute("notice", text(doneKey));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		catch (InvalidFieldsException ex) {
			redirect.addFlashAttribute("error", ex.problems()
				.stream()
				.map(problem -> text(problem.messageKey(), problem.arguments()))
				.collect(Collectors.joining(" ")));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", text("timeclock.requests.notFound"));
		}
		return "redirect:" + target;
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
