package io.renloop.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a checked batch (inputs, metric data): 200 for a dry run, 201 when saved, and with any row error a
 * 422 problem that lists them ({@code dryRun}, {@code errors}: row, field, message) and says that nothing was saved.
 */
public final class RowErrorAnswers {

	private RowErrorAnswers() {
	}

	/**
	 * @param messageKey the key of the detail ({0}: how many rows have errors); its title is {@code messageKey.title}
	 * @param type the last part of the problem type URI
	 * @param result what the batch did, returned as it is without errors
	 * @param extra further properties of the problem, possibly empty
	 */
	public static ResponseEntity<?> of(MessageSource messages, String messageKey, String type, boolean dryRun,
			List<?> errors, Object result, java.util.Map<String, Object> extra) {
		if (errors.isEmpty()) {
			return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(result);
		}
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(messageKey, new Object[] { String.valueOf(errors.size()) }, locale));
		problem.setTitle(messages.getMessage(messageKey + ".title", null, locale));
		problem.setType(URI.create("https://renloop.io/problems/" + type));
		problem.setProperty("dryRun", dryRun);
		extra.forEach(problem::setProperty);
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
