package io.renloop.interview.web;

import io.renloop.interview.FeedbackRelease;
import io.renloop.interview.InterviewFeedbackSettings;
import io.renloop.platform.InvalidFieldsException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where HR decides whether and when candidates see feedback, and sets up the wording reviewer. */
@Controller
class FeedbackSettingsPageController {

	private final InterviewFeedbackSettings settings;

	private final MessageSource messages;

	FeedbackSettingsPageController(InterviewFeedbackSettings settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/interview/settings")
	@PreAuthorize("hasAuthority('INTERVIEW_ADMIN')")
	String page(Model model) {
		return page(model, Map.of());
	}

	@PostMapping("/interview/settings")
	@PreAuthorize("hasAuthority('INTERVIEW_ADMIN')")
	String save(@RequestParam FeedbackRelease feedbackRelease, @RequestParam(required = false) String feedbackDelayDays,
			@RequestParam(required = false) String reviewerBaseUrl, @RequestParam(required = false) String reviewerModel,
			@RequestParam(required = false) String reviewerApiKey,
			@RequestParam(required = false) String reviewerTimeoutSeconds, Model model, RedirectAttributes redirect) {
		try {
			settings.update(new InterviewFeedbackSettings.Update(feedbackRelease, number(feedbackDelayDays),
					reviewerBaseUrl, reviewerModel, StringUtils.hasText(reviewerApiKey) ? reviewerApiKey : null,
					number(reviewerTimeoutSeconds)));
		}
		catch (InvalidFieldsException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach(p -> errors.put(p.field(),
					messages.getMessage(p.messageKey(), p.arguments(), LocaleContextHolder.getLocale())));
			return page(model, errors);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/interview/settings";
	}

	private String page(Model model, Map<String, String> errors) {
		model.addAttribute("settings", settings.settings());
		model.addAttribute("releases", FeedbackRelease.values());
		model.addAttribute("errors", errors);
		return "interview/settings";
	}

	private static Integer number(String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
