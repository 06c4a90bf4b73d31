package io.renloop.platform.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Shows people a translated error page instead of a stack trace when a page cannot be served.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	String notFound(HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404);
		model.addAttribute("messageKey", "error.http.404.detail");
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
