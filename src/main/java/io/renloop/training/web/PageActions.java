package io.renloop.training.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page's form action and tells the person what happened, in their language, after the redirect. */
@Component
class PageActions {

	private final MessageSource messages;

	PageActions(MessageSource messages) {
		this.messages = messages;
	}

	String attempt(RedirectAttributes redirect, String target, String doneKey, Supplier<?> work) {
		try {
			work.get();
			redirect.addFlashAttribute("notice", text(doneKey));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		catch (ConstraintViolationException ex) {
			redirect.addFlashAttribute("error", ex.getConstraintViolations().stream()
				.map(v -> v.getPropertyPath() + ": " + v.getMessage())
				.collect(Collectors.joining(" ")));
		}
		catch (InvalidFieldsException ex) {
			redirect.addFlashAttribute("error", ex.problems().stream()
				.map(problem -> text(problem.messageKey(), problem.arguments()))
				.collect(Collectors.joining(" ")));
		}
		return target;
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
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
