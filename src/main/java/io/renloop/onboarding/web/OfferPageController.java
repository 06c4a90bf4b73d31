package io.renloop.onboarding.web;

import io.renloop.onboarding.MakeOffer;
import io.renloop.onboarding.Offers;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantTime;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
	String make(@PathVariable UUID id, @Valid OfferForm form, BindingResult invalid, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		if (invalid.hasErrors()) {
			model.addAttribute("error", invalid.getFieldErrors()
				.stream()
				.map(error -> messages.getMessage(OfferForm.LABELS.getOrDefault(error.getField(), error.getField()),
						null, error.getField(), locale) + ": " + messages.getMessage(error, locale))
				.collect(Collectors.joining(" ")));
			return ofApplication(id, model);
		}
		try {
			return "redirect:/onboarding/offers/" + offers.make(id, form.command()).id();
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("error", ex.problems()
				.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.arguments(), locale))
				.collect(Collectors.joining(" ")));
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
