package io.renloop.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The last stop for errors outside controllers (unknown paths, filters): a problem document for the API,
 * a translated page for people. Never a stack trace. {@code /error} asked for directly, with no error behind it,
 * is a path like any other with nothing there: 404.
 */
@Controller
class RenloopErrorController implements ErrorController {

	private final MessageSource messages;

	RenloopErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).startsWith("/api/")) {
			return "forward:/error/problem";
		}
		HttpStatus status = status(request);
		response.setStatus(status.value());
		retryLater(status, response);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			return "unavailable";
		}
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", "error.http." + status.value() + ".detail");
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
		return problemResponse(request, response);
	}

	@RequestMapping("/error/problem")
	ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request, HttpServletResponse response) {
		return problemResponse(request, response);
	}

	/** The database is away ({@link DatabaseOutageFilter}): worth trying again in a few seconds. */
	private static void retryLater(HttpStatus status, HttpServletResponse response) {
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
		}
	}

	private ResponseEntity<ProblemDetail> problemResponse(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		retryLater(status, response);
		Locale locale = RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		String key = "error.http." + status.value();
		problem.setType(URI.create("https://renloop.io/problems/http-" + status.value()));
		problem.setTitle(messages.getMessage(key, null, status.getReasonPhrase(), locale));
		problem.setDetail(messages.getMessage(key + ".detail", null, status.getReasonPhrase(), locale));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
