package io.renloop.onboarding.web;

import io.renloop.onboarding.CandidateOfferView;
import io.renloop.onboarding.CandidateOffers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's offer page behind the link (no login, mobile-first): the offer, its PDF, accept → code →
 * signed, or decline with a reason → code → declined. Actions call the candidate API from the page's script. The
 * language is the offer's unless the candidate switches.
 */
@Controller
class CandidateOfferPageController {

	private static final List<String> LABELS = List.of("title", "company", "position", "department", "salary",
			"startDate", "probation", "replyBy", "pdf", "accept", "decline", "declineReason", "declineCode",
			"declineSubmit", "code", "confirm", "resend", "signed", "download", "locked");

	private final CandidateOffers offers;

	private final MessageSource messages;

	CandidateOfferPageController(CandidateOffers offers, MessageSource messages) {
		this.offers = offers;
		this.messages = messages;
	}

	@GetMapping("/offer/{token:[A-Za-z0-9_-]{43}}")
	String offer(@PathVariable String token, @RequestParam(required = false) String lang, Model model) {
		CandidateOfferView offer = offers.view(token);
		String language = "en".equals(lang) || "zh".equals(lang) ? lang : offer.language();
		model.addAttribute("offer", offer);
		model.addAttribute("token", token);
		Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		Map<String, String> labels = new LinkedHashMap<>();
		LABELS.forEach(key -> labels.put(key, messages.getMessage("offer.page." + key, null, locale)));
		model.addAttribute("labels", labels);
		model.addAttribute("statusText", messages.getMessage("offer.page.status." + offer.status(), null, locale));
		model.addAttribute("language", language);
		model.addAttribute("htmlLang", "zh".equals(language) ? "zh-CN" : "en");
		return "onboarding/candidate-offer";
	}
}
