package io.renloop.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details outside of MVC (security filters), translated to the caller's language.
 */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver localeResolver;

	ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver localeResolver) {
		this.messages = messages;
		this.json = json;
		this.localeResolver = localeResolver;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
			String detailKey) throws IOException {
		Locale locale = localeResolver.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://renloop.io/problems/" + detailKey.replace('.', '-')));
		problem.setTitle(messages.getMessage(titleKey, null, titleKey, locale));
		problem.setDetail(messages.getMessage(detailKey, null, detailKey, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		json.writeValue(response.getOutputStream(), problem);
	}
}
