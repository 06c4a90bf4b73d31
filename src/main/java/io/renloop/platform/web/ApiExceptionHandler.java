package io.renloop.platform.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the REST API into an RFC 9457 problem in the caller's language, with field
 * errors under {@code errors}. Unexpected failures are logged and answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	/** The detail names what was not found in the caller's language, or says "the record", never a message key. */
	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, WebRequest request) {
		String entity = messages.getMessage("entity." + ex.entityType(), null, null, locale());
		return problem(HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.detail", request,
				entity != null ? entity : text("error.notFound.record"));
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(ex.status());
		ProblemDetail problem = problem(status, "error.rule.title", ex.messageKey(), request, ex.arguments());
		problem.setProperty("code", ex.messageKey());
		return problem;
	}

	@ExceptionHandler(InvalidFieldsException.class)
	ProblemDetail invalidFields(InvalidFieldsException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.validation.detail",
				request);
		problem.setProperty("errors", ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "code", p.messageKey(), "message", text(p.messageKey(), p.arguments())))
			.toList());
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.validation.detail",
				request);
		problem.setProperty("errors", ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
			.toList());
		return problem;
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex, WebRequest request) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden.title", "error.forbidden.detail", request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.badParameter",
				request, ex.getName());
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", text("error.badParameter", ex.getName()))));
		return problem;
	}

	/**
	 * Only a broken constraint (SQL state class 23: duplicate, missing reference) is a conflict; a value the
	 * database cannot store at all (class 22, such as text with NUL) is bad input, never "a duplicate".
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException ex, WebRequest request) {
		logViolation(ex.getMostSpecificCause());
		if (ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22")) {
			return problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.unstorableValue", request);
		}
		return problem(HttpStatus.CONFLICT, "error.rule.title", "error.conflict", request);
	}

	/**
	 * The SQL state and constraint only: the driver's message repeats the offending values ("Key (email)=(...)"),
	 * which may be personal data.
	 */
	private static void logViolation(Throwable cause) {
		if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
			log.info("Constraint violation: SQL state {} on {}.{}", psql.getSQLState(),
					psql.getServerErrorMessage().getTable(), psql.getServerErrorMessage().getConstraint());
		}
		else {
			log.info("Constraint violation: {}", cause.getClass().getSimpleName());
		}
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "error.rule.title", "error.concurrentChange", request);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.badRequest", request);
	}

	/** A database outage is a 503 to retry after a while ({@link DatabaseOutage}); anything else a logged 500. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, WebRequest request) {
		if (DatabaseOutage.isCauseOf(ex)) {
			log.warn("Database unavailable: answered 503 ({})", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "error.http.503", "error.http.503.detail", request));
		}
		// not the path: candidates' and new hires' links carry their tokens in it; the request id is in the MDC
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal.title", "error.internal.detail", request));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.validation.detail",
				request);
		problem.setProperty("errors", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", fieldMessage(e)))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.validation.detail",
				request);
		problem.setProperty("errors", ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()), "message",
						messages.getMessage(e, locale()))))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(UnreadableFields.of(ex).map(field -> {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.validation.detail",
					request);
			problem.setProperty("errors", List.of(Map.of("field", field.field(), "code", field.messageKey(), "message",
					text(field.messageKey()))));
			return problem;
		}).orElseGet(() -> problem(HttpStatus.BAD_REQUEST, "error.validation.title", "error.unreadableBody", request)));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// most handlers of the base class pass no body: the exception's own, untranslated problem would be used
		Object problemBody = body == null && ex instanceof ErrorResponse error ? error.getBody() : body;
		if (problemBody instanceof ProblemDetail problem) {
			String key = "error.http." + statusCode.value();
			problem.setType(URI.create("https://renloop.io/problems/http-" + statusCode.value()));
			problem.setTitle(text(key, HttpStatus.valueOf(statusCode.value()).getReasonPhrase()));
			problem.setDetail(text(key + ".detail", problem.getTitle()));
		}
		return super.handleExceptionInternal(ex, problemBody, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey, WebRequest request,
			Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://renloop.io/problems/" + detailKey.replace('.', '-')));
		problem.setTitle(text(titleKey));
		problem.setDetail(text(detailKey, args));
		if (request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		return problem;
	}

	private String fieldMessage(FieldError error) {
		return messages.getMessage(error, locale());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
