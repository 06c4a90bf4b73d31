package io.renloop.performance.web;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.performance.PerformanceFeedback;
import io.renloop.performance.PerformanceReviews;
import io.renloop.performance.Rater;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.PageActions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's actions on the phone page of their performance: appealing a published result once, proposing the
 * colleagues who give 360 feedback (by employee number; the manager approves them), and answering the feedback they
 * are asked for. The manager approves proposed raters on the review page.
 */
@Controller
class MyPerformancePageController {

	private static final String MINE = "redirect:/me/performance";

	private final PerformanceReviews reviews;

	private final PerformanceFeedback feedback;

	private final EmployeeDirectory directory;

	private final PageActions actions;

	MyPerformancePageController(PerformanceReviews reviews, PerformanceFeedback feedback, EmployeeDirectory directory,
			PageActions actions) {
		this.reviews = reviews;
		this.feedback = feedback;
		this.directory = directory;
		this.actions = actions;
	}

	@PostMapping("/me/performance/{id}/appeal")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	String appeal(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return actions.attempt(redirect, MINE, () -> {
			if (reason.isBlank() || reason.length() > 2000) {
				throw InvalidFieldsException.of("reason", "performance.page.appealReason");
			}
			reviews.appeal(id, reason.strip());
			return actions.text("performance.page.appealed");
		});
	}

	@PostMapping("/me/performance/{id}/raters")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	String proposeRaters(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return actions.attempt(redirect, MINE, () -> {
			List<String> numbers = new ArrayList<>();
			Map<String, String> relations = new HashMap<>();
			for (int i = 0; form.containsKey("employeeNo." + i); i++) {
				String number = form.get("employeeNo." + i).strip();
				if (!number.isEmpty()) {
					numbers.add(number);
					relations.put(number, form.getOrDefault("relation." + i, "PEER"));
				}
			}
			if (numbers.isEmpty()) {
				throw InvalidFieldsException.of("employeeNo", "performance.page.ratersRequired");
			}
			Map<String, UUID> ids = directory.idsByNumber(numbers);
			List<Rater> raters = new ArrayList<>();
			for (String number : numbers) {
				UUID rater = ids.get(number);
				String relation = relations.get(number);
				if (rater == null || !relation.matches("PEER|REPORT|MANAGER")) {
					throw InvalidFieldsException.of("employeeNo", "performance.page.unknownRater", number);
				}
				raters.add(new Rater(rater, relation));
			}
			feedback.raters(id, raters);
			return actions.text("performance.page.ratersProposed", raters.size());
		});
	}

	@PostMapping("/me/performance/feedback/{id}")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	String answer(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return actions.attempt(redirect, MINE, () -> {
			Map<String, BigDecimal> scores = new HashMap<>();
			form.forEach((name, value) -> {
				if (name.startsWith("score.") && !value.isBlank()) {
					scores.put(name.substring(6), new BigDecimal(value.strip()));
				}
			});
			String comment = form.getOrDefault("comment", "").strip();
			if (comment.length() > 2000) {
				throw InvalidFieldsException.of("comment", "performance.page.commentTooLong");
			}
			feedback.answer(id, scores, comment);
			return actions.text("performance.page.feedbackGiven");
		});
	}

	@PostMapping("/performance/reviews/{id}/raters/approve")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	String approveRaters(@PathVariable UUID id, RedirectAttributes redirect) {
		return actions.attempt(redirect, "redirect:/performance/reviews/" + id, () -> actions
			.text("performance.page.ratersApproved", feedback.approveRaters(id).size()));
	}
}
