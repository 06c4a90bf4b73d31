package io.renloop.interview.web;

import io.renloop.interview.Assessments;
import io.renloop.interview.DecisionCommand;
import io.renloop.interview.HiringDecisions;
import io.renloop.interview.HumanReviewAnswer;
import io.renloop.interview.HumanReviews;
import io.renloop.interview.ScorecardDefinition;
import io.renloop.interview.ScorecardDefinition.Rating;
import io.renloop.interview.ScorecardDefinition.Recommendation;
import io.renloop.interview.ScorecardView;
import io.renloop.interview.Scorecards;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.Permission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where people decide: an application's AI score, scorecards and composite with the scorecard and decision forms,
 * and the queue of candidates' requests for human review.
 */
@Controller
class HumanDecisionPageController {

	private final Assessments assessments;

	private final Scorecards scorecards;

	private final HiringDecisions decisions;

	private final HumanReviews reviews;

	private final MessageSource messages;

	HumanDecisionPageController(Assessments assessments, Scorecards scorecards, HiringDecisions decisions,
			HumanReviews reviews, MessageSource messages) {
		this.assessments = assessments;
		this.scorecards = scorecards;
		this.decisions = decisions;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/interview/applications/{id}")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	String application(@PathVariable UUID id, Model model) {
		return applicationPage(id, Map.of(), model);
	}

	@PostMapping("/interview/applications/{id}/scorecard")
	@PreAuthorize("hasAuthority('SCORECARD_WRITE')")
	String submitScorecard(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		List<Rating> ratings = new ArrayList<>();
		List<String> dimensions = form.getOrDefault("dimension", List.of());
		for (int i = 0; i < dimensions.size(); i++) {
			String rating = form.getFirst("rating-" + i);
			if (StringUtils.hasText(rating)) {
				ratings.add(new Rating(dimensions.get(i), Integer.valueOf(rating.strip()), form.getFirst("note-" + i)));
			}
		}
		String recommendation = form.getFirst("recommendation");
		if (ratings.isEmpty() || !StringUtils.hasText(recommendation)) {
			return applicationPage(id, Map.of("scorecard", message("interview.applicationPage.incomplete")), model);
		}
		try {
			scorecards.submit(id, new ScorecardDefinition(ratings, form.getFirst("comment"),
					Recommendation.valueOf(recommendation)));
		}
		catch (InvalidFieldsException ex) {
			return applicationPage(id, errors("scorecard", ex), model);
		}
		redirect.addFlashAttribute("saved", "scorecard");
		return "redirect:/interview/applications/" + id;
	}

	@PostMapping("/interview/applications/{id}/decision")
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	String decide(@PathVariable UUID id, @RequestParam DecisionCommand.Outcome outcome,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			decisions.decide(id, new DecisionCommand(outcome, reason));
		}
		catch (InvalidFieldsException ex) {
			return applicationPage(id, errors("decision", ex), model);
		}
		catch (BusinessRuleException ex) {
			return applicationPage(id, Map.of("decision", message(ex.messageKey(), ex.arguments())), model);
		}
		redirect.addFlashAttribute("saved", "decision");
		return "redirect:/interview/applications/" + id;
	}

	@GetMapping("/interview/human-reviews")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String queue(@RequestParam(defaultValue = "OPEN") String status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("reviews", reviews.queue("ALL".equals(status) ? null : status));
		model.addAttribute("me", CurrentUser.require().email());
		return "interview/human-reviews";
	}

	@PostMapping("/interview/human-reviews/{id}/answer")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	String answer(@PathVariable UUID id, @RequestParam HumanReviewAnswer.Outcome outcome,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		if (!StringUtils.hasText(comment)) {
			redirect.addFlashAttribute("error", message("interview.humanReviewPage.commentRequired"));
			return "redirect:/interview/human-reviews";
		}
		reviews.answer(id, new HumanReviewAnswer(outcome, comment));
		redirect.addFlashAttribute("answered", id);
		return "redirect:/interview/human-reviews";
	}

	private String applicationPage(UUID id, Map<String, String> errors, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("assessment", assessments.assess(id));
		List<ScorecardView> cards = scorecards.ofApplication(id);
		model.addAttribute("scorecards", cards);
		ScorecardView mine = cards.stream().filter(c -> c.interviewer().equals(user.email())).findFirst().orElse(null);
		Map<String, Integer> myRatings = new LinkedHashMap<>();
		if (mine != null) {
			mine.ratings().forEach(r -> myRatings.put(r.dimension(), r.rating()));
		}
		model.addAttribute("mine", mine);
		model.addAttribute("myRatings", myRatings);
		List<String> dimensions;
		try {
			dimensions = scorecards.dimensions(id);
		}
		catch (BusinessRuleException ex) {
			dimensions = List.of();
		}
		model.addAttribute("dimensions", dimensions);
		model.addAttribute("reviews", reviews.ofApplication(id));
		boolean scores = user.can(Permission.SCORECARD_WRITE) && !dimensions.isEmpty();
		boolean assigned = scores && scorecards.maySubmit(id);
		model.addAttribute("canScore", assigned);
		model.addAttribute("notAssigned", scores && !assigned);
		model.addAttribute("canDecide", user.can(Permission.RECRUITMENT_WRITE));
		model.addAttribute("errors", errors);
		return "interview/application";
	}

	private Map<String, String> errors(String form, InvalidFieldsException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach(p -> errors.merge(form, message(p.messageKey(), p.arguments()), (a, b) -> a + " " + b));
		return errors;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
