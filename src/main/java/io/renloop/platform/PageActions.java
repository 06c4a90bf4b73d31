package io.renloop.platform;

import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs the action of a page's form and turns its outcome into a notice or a readable error (flash attributes
 * {@code notice} and {@code error}) on the page it returns to, in the user's language. A refused action changes
 * nothing, so the page only has to show what it is told.
 */
@Component
public class PageActions {

	private final MessageSource messages;

	PageActions(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs {@code action}, whose result is the notice to show, and returns to the page {@code back}. */
	public String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
		return attempt(redirect, back, "page.notFound", "page.invalid", action);
	}

	/**
	 * Like {@link #attempt(RedirectAttributes, String, Supplier)} with the page's own texts for a thing that no
	 * longer exists and for input that breaks a constraint.
	 */
	public String attempt(RedirectAttributes redirect, String back, String notFoundKey, String invalidKey,
			Supplier<String> action) {
		String message;
		try {
			redirect.addFlashAttribute("notice", action.get());
			return back;
		}
		catch (BusinessRuleException ex) {
			message = text(ex.messageKey(), ex.arguments());
		}
		catch (InvalidFieldsException ex) {
			message = ex.problems()
				.stream()
				.map(problem -> text(problem.messageKey(), problem.arguments()))
				.collect(Collectors.joining(" "));
		}
		catch (NotFoundException ex) {
			message = text(notFoundKey);
		}
		catch (ConstraintViolationException | NumberFormatException ex) {
			message = text(invalidKey);
		}
		redirect.addFlashAttribute("error", message);
		return back;
	}

	/** A message in the user's language; the key itself when there is none. */
	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
