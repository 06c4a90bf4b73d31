package io.renloop.performance.web;

import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.PerformanceFeedback;
import io.renloop.performance.PerformanceReviews;
import io.renloop.performance.TalentReviews;
import io.renloop.performance.WriteReview;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's side: the reviews of a cycle in their data scope, one review with every item's data, source and
 * formula and a form for their scores, comment and the potential (with anchors); and the talent review (9-box).
 */
@Controller
class ReviewPageController {

	private final PerformanceCycles cycles;

	private final PerformanceReviews reviews;

	private final TalentReviews talent;

	private final PerformanceFeedback feedback;

	private final MessageSource messages;

	ReviewPageController(PerformanceCycles cycles, PerformanceReviews reviews, TalentReviews talent,
			PerformanceFeedback feedback, MessageSource messages) {
		this.cycles = cycles;
		this.reviews = reviews;
		this.talent = talent;
		this.feedback = feedback;
		this.messages = messages;
	}

	@GetMapping("/performance/cycles/{id}/reviews")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	String reviews(@PathVariable UUID id, Model model) {
		model.addAttribute("cycle", cycles.get(id));
		model.addAttribute("reviews", cycles.reviews(id));
		return "performance/reviews";
	}

	@GetMapping("/performance/reviews/{id}")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	String review(@PathVariable UUID id, Model model) {
		model.addAttribute("review", reviews.get(id));
		try {
			model.addAttribute("feedbackSummary", feedback.summary(id));
		}
		catch (BusinessRuleException notTheirs) {
			// only the manager and HR see 360 feedback before publication; the page shows the rest
		}
		return "performance/review";
	}

	@PostMapping("/performance/reviews/{id}/manager")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	String score(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
		try {
			Map<String, BigDecimal> scores = new HashMap<>();
			form.forEach((name, value) -> {
				if (name.startsWith("score.") && !value.isBlank()) {
					scores.put(name.substring(6), new BigDecimal(value.strip()));
				}
			});
			String potential = form.getOrDefault("potential", "");
			reviews.writeManager(id, new WriteReview(scores, form.get("comment"),
					potential.isBlank() ? null : Integer.valueOf(potential), form.containsKey("submit")));
			model.addAttribute("saved", true);
		}
		catch (NumberFormatException ex) {
			model.addAttribute("error", text("performance.review.scoreRange"));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		catch (InvalidFieldsException ex) {
			var problem = ex.problems().get(0);
			model.addAttribute("error", text(problem.messageKey(), problem.arguments()));
		}
		return review(id, model);
	}

	@GetMapping("/performance/talent")
	@PreAuthorize("hasAuthority('PERFORMANCE_CALIBRATE')")
	String talent(@RequestParam(required = false) UUID departmentId, Model model) {
		model.addAttribute("talent", talent.of(departmentId));
		return "performance/talent";
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
