package io.renloop.platform.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Shows people a translated error page instead of a stack trace when a page cannot be served.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		return page(404, "error.http.404.detail", response, model);
	}

	/** A malformed id in the address names nothing (404); a malformed form or query value is bad input (400). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response, Model model) {
		return ex.getParameter().hasParameterAnnotation(PathVariable.class)
				? page(404, "error.http.404.detail", response, model)
				: page(400, "validation.wrongType", response, model);
	}

	/** As on the API: text the database cannot store (SQL state class 22, e.g. NUL) is bad input, not a conflict. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	String unstorable(DataIntegrityViolationException ex, HttpServletResponse response, Model model) {
		boolean badValue = ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22");
		return badValue ? page(400, "error.unstorableValue", response, model)
				: page(409, "error.conflict", response, model);
	}

	private static String page(int status, String messageKey, HttpServletResponse response, Model model) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("messageKey", messageKey);
		return "error";
	}

	/** A form value a module refused (a date out of range, an unknown code): the first problem, translated. */
	@ExceptionHandler(InvalidFieldsException.class)
	String invalid(InvalidFieldsException ex, HttpServletResponse response, Model model) {
		InvalidFieldsException.FieldProblem problem = ex.problems().get(0);
		response.setStatus(400);
		model.addAttribute("status", 400);
		model.addAttribute("messageKey", problem.messageKey());
		model.addAttribute("messageArgs", problem.arguments());
		return "error";
	}

	@ExceptionHandler(BusinessRuleException.class)
	String refused(BusinessRuleException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.status());
		model.addAttribute("status", ex.status());
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArgs", ex.arguments());
		return "error";
	}
}
