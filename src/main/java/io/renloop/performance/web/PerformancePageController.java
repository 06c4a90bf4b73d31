package io.renloop.performance.web;

import io.renloop.performance.CalibrationMove;
import io.renloop.performance.CalibrationView;
import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.PerformanceFeedback;
import io.renloop.performance.PerformanceReviews;
import io.renloop.performance.PerformanceTemplates;
import io.renloop.performance.ReviewSummary;
import io.renloop.performance.WriteReview;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantTime;
import io.renloop.organization.Organization;
import io.renloop.performance.CycleKind;
import io.renloop.performance.CyclePhase;
import io.renloop.performance.CycleView;
import java.util.Arrays;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The performance pages: cycles for HR and managers, a cycle's calibration (grades per department before and after,
 * moving a person with a reason), and the employee's own reviews on a phone (self review, result).
 */
@Controller
class PerformancePageController {

	private final PerformanceCycles cycles;

	private final PerformanceReviews reviews;

	private final PerformanceTemplates templates;

	private final Organization organization;

	private final PerformanceFeedback feedback;

	private final TenantTime time;

	private final MessageSource messages;

	PerformancePageController(PerformanceCycles cycles, PerformanceReviews reviews, PerformanceTemplates templates,
			Organization organization, PerformanceFeedback feedback, TenantTime time, MessageSource messages) {
		this.cycles = cycles;
		this.reviews = reviews;
		this.templates = templates;
		this.organization = organization;
		this.feedback = feedback;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/performance")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	String cycles(Model model, Authentication user) {
		model.addAttribute("cycles", cycles.list());
		if (user.getAuthorities().stream().anyMatch(a -> "PERFORMANCE_ADMIN".equals(a.getAuthority()))) {
			// what the form that opens a cycle offers
			model.addAttribute("templates", templates.list());
			model.addAttribute("departments", organization.departments());
			model.addAttribute("kinds", CycleKind.values());
		}
		return "performance/cycles";
	}

	/** People per page of the calibration page: a department of thousands stays quick to render and to scan. */
	static final int PAGE_SIZE = 100;

	@GetMapping("/performance/cycles/{id}")
	@PreAuthorize("hasAuthority('PERFORMANCE_CALIBRATE')")
	String cycle(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String grade, Model model) {
		CalibrationView calibration = cycles.calibration(id);
		// the highest scores first, where calibration discussions start; a grade filter narrows to one row of the grid
		List<ReviewSummary> people = calibration.people()
			.stream()
			.filter(p -> grade == null || grade.isBlank() || grade.equals(p.finalGrade()))
			.sorted(Comparator.comparing(ReviewSummary::score, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		int pages = Math.max(1, (people.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		CycleView cycle = cycles.get(id);
		model.addAttribute("cycle", cycle);
		model.addAttribute("calibration", calibration);
		model.addAttribute("people", people.subList(current * PAGE_SIZE, Math.min(people.size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("peopleCount", people.size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("grade", grade);
		model.addAttribute("laterPhases", Arrays.stream(CyclePhase.values())
			.filter(phase -> phase.ordinal() > cycle.phase().ordinal()
					&& phase.ordinal() <= CyclePhase.CALIBRATION.ordinal())
			.toList());
		return "performance/cycle";
	}

	@PostMapping("/performance/cycles/{id}/calibration")
	@PreAuthorize("hasAuthority('PERFORMANCE_CALIBRATE')")
	String calibrate(@PathVariable UUID id, @RequestParam UUID reviewId, @RequestParam String grade,
			@RequestParam(defaultValue = "") String reason, Model model) {
		try {
			if (reason.isBlank()) {
				throw InvalidFieldsException.of("reason", "performance.page.reasonRequired");
			}
			cycles.calibrate(id, List.of(new CalibrationMove(reviewId, grade, reason.strip())));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		catch (InvalidFieldsException ex) {
			var problem = ex.problems().get(0);
			model.addAttribute("error", text(problem.messageKey(), problem.arguments()));
		}
		return cycle(id, 0, null, model);
	}

	@GetMapping("/me/performance")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	String mine(Model model) {
		model.addAttribute("reviews", reviews.mine());
		model.addAttribute("requests", feedback.mine());
		model.addAttribute("today", time.today());
		return "performance/me";
	}

	@PostMapping("/me/performance/{id}/self")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	String writeSelf(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
		Map<String, BigDecimal> scores = new HashMap<>();
		try {
			form.forEach((name, value) -> {
				if (name.startsWith("score.") && !value.isBlank()) {
					scores.put(name.substring(6), new BigDecimal(value.strip()));
				}
			});
			reviews.writeSelf(id, new WriteReview(scores, form.get("comment"), null, form.containsKey("submit")));
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
		return mine(model);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
