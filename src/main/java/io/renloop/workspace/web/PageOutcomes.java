package io.renloop.workspace.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a workspace action and turns its outcome into a notice or a readable error on the page it returns to, in
 * the user's language; a refused action changes nothing.
 */
@Component
class PageOutcomes {

	private static final String HOME = "redirect:/me";

	private final MessageSource messages;

	PageOutcomes(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs {@code action}, whose result is the notice to show, and returns to {@code /me}. */
	String attempt(RedirectAttributes redirect, Supplier<String> action) {
		return attempt(redirect, HOME, action);
	}

	/** Runs {@code action}, whose result is the notice to show, and returns to the page {@code back}. */
	String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
		String message;
		try {
			redirect.addFlashAttribute("notice", action.get());
			return back;
		}
		catch (BusinessRuleException ex) {
			message = text(ex.messageKey(), ex.arguments());
		}
		catch (InvalidFieldsException ex) {
			InvalidFieldsException.FieldProblem problem = ex.problems().get(0);
			message = text(problem.messageKey(), problem.arguments());
		}
		catch (NotFoundException ex) {
			message = text("me.notFound");
		}
		catch (ConstraintViolationException ex) {
			message = text("me.invalid");
		}
		redirect.addFlashAttribute("error", message);
		return back;
	}

	String failed(RedirectAttributes redirect, String key) {
		return failedWith(redirect, text(key));
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private static String failedWith(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("error", message);
		return HOME;
	}
}
