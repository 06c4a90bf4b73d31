package io.renloop.payroll.web;

import io.renloop.organization.Organization;
import io.renloop.payroll.PayBands;
import io.renloop.payroll.SavePayBand;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pay bands page, a tab of the payroll rules: every position's band versions, and for payroll administrators a
 * form that saves a version (the same rules as {@code PUT /api/v1/payroll/pay-bands/{positionId}}).
 */
@Controller
class PayBandPageController {

	private final PayBands bands;

	private final Organization organization;

	private final Validator validator;

	private final MessageSource messages;

	PayBandPageController(PayBands bands, Organization organization, Validator validator, MessageSource messages) {
		this.bands = bands;
		this.organization = organization;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/payroll/pay-bands")
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	String page(Model model) {
		model.addAttribute("bands", bands.list());
		model.addAttribute("positions", organization.positions());
		return "payroll/pay-bands";
	}

	@PostMapping("/payroll/pay-bands")
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	String save(@RequestParam UUID positionId, @RequestParam LocalDate effectiveFrom, @RequestParam BigDecimal minimum,
			@RequestParam BigDecimal midpoint, @RequestParam BigDecimal maximum, RedirectAttributes redirect) {
		SavePayBand command = new SavePayBand(effectiveFrom, minimum, midpoint, maximum);
		var violation = validator.validate(command).stream().findFirst();
		try {
			if (violation.isPresent()) {
				redirect.addFlashAttribute("error", violation.get().getPropertyPath() + ": " + violation.get().getMessage());
			}
			else {
				bands.save(positionId, command);
				redirect.addFlashAttribute("notice", text("payroll.band.saved", effectiveFrom.toString()));
			}
		}
		catch (InvalidFieldsException ex) {
			var problem = ex.problems().get(0);
			redirect.addFlashAttribute("error", problem.field() + ": " + text(problem.messageKey(), problem.arguments()));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", text("payroll.band.unknownPosition"));
		}
		return "redirect:/payroll/pay-bands";
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
