package io.renloop.onboarding.web;

import io.renloop.onboarding.MakeOffer;
import io.renloop.onboarding.Offers;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR's offer pages: the offers of an application with the form to make one, and an offer with its link and PDFs. */
@Controller
class OfferPageController {

	private final Offers offers;

	private final MessageSource messages;

	private final TenantTime tenantTime;

	OfferPageController(Offers offers, MessageSource messages, TenantTime tenantTime) {
		this.offers = offers;
		this.tenantTime = tenantTime;
		this.messages = messages;
	}

	@GetMapping("/onboarding/applications/{id}/offers")
	@PreAuthorize("hasAuthority('OFFER_READ')")
	String ofApplication(@PathVariable UUID id, Model model) {
		model.addAttribute("applicationId", id);
		model.addAttribute("offers", offers.ofApplication(id));
		model.addAttribute("today", tenantTime.today());
		return "onboarding/offers";
	}

	@PostMapping("/onboarding/applications/{id}/offers")
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	String make(@PathVariable UUID id, @RequestParam BigDecimal monthlySalary,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
			@RequestParam int probationMonths, @RequestParam String language,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyBy,
			@RequestParam(defaultValue = "false") boolean overrideHeadcount,
			@RequestParam(required = false) String overrideReason, Model model) {
		try {
			UUID offer = offers.make(id, new MakeOffer(null, null, monthlySalary, startDate, probationMonths, language,
					replyBy, overrideHeadcount, overrideReason)).id();
			return "redirect:/onboarding/offers/" + offer;
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", messages.getMessage(ex.messageKey(), ex.arguments(),
					LocaleContextHolder.getLocale()));
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("error", ex.problems()
				.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.arguments(), LocaleContextHolder.getLocale()))
				.collect(java.util.stream.Collectors.joining(" ")));
		}
		return ofApplication(id, model);
	}

	@GetMapping("/onboarding/offers/{id}")
	@PreAuthorize("hasAuthority('OFFER_READ')")
	String offer(@PathVariable UUID id, Model model) {
		model.addAttribute("offer", offers.get(id));
		return "onboarding/offer";
	}

	@PostMapping("/onboarding/offers/{id}/withdraw")
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		offers.withdraw(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/onboarding/offers/" + id;
	}

	@GetMapping("/onboarding/offers/{id}/preview.pdf")
	@PreAuthorize("hasAuthority('OFFER_READ')")
	ResponseEntity<byte[]> preview(@PathVariable UUID id) {
		return Pdfs.inline("offer-" + id + ".pdf", offers.preview(id));
	}

	@GetMapping("/onboarding/offers/{id}/signed.pdf")
	@PreAuthorize("hasAuthority('OFFER_READ')")
	ResponseEntity<byte[]> signed(@PathVariable UUID id) {
		return Pdfs.attachment("offer-" + id + "-signed.pdf", offers.signedPdf(id));
	}
}
