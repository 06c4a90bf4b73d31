package io.renloop.offboarding.web;

import io.renloop.offboarding.ExitInterviews;
import io.renloop.offboarding.OffboardingCases;
import io.renloop.offboarding.OffboardingCommands.ExitInterviewAnswers;
import io.renloop.offboarding.OffboardingCommands.Resign;
import io.renloop.offboarding.OffboardingViews.CaseDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employee's side on the phone: resign with a last day and a reason (warned about short notice), follow the
 * approval, tick off the leaver's own checklist items and answer the exit interview.
 */
@Controller
@PreAuthorize("hasAuthority('OFFBOARDING_WRITE')")
class ResignationPageController {

	private static final String PAGE = "redirect:/me/resignation";

	private final OffboardingCases cases;

	private final ExitInterviews interviews;

	ResignationPageController(OffboardingCases cases, ExitInterviews interviews) {
		this.cases = cases;
		this.interviews = interviews;
	}

	@GetMapping("/me/resignation")
	String page(Model model) {
		Optional<CaseDetails> mine = cases.mine();
		model.addAttribute("c", mine.orElse(null));
		model.addAttribute("running", mine.map(c -> c.status().open()).orElse(false));
		model.addAttribute("reasons", interviews.reasons());
		return "offboarding/resignation";
	}

	@PostMapping("/me/resignation")
	String resign(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
			@RequestParam(required = false) String reason) {
		cases.resign(new Resign(lastDay, reason));
		return PAGE;
	}

	@PostMapping("/me/resignation/{id}/checklist/{itemId}/done")
	String done(@PathVariable UUID id, @PathVariable UUID itemId) {
		cases.markDone(id, itemId);
		return PAGE;
	}

	@PostMapping("/me/resignation/{id}/withdraw")
	String withdraw(@PathVariable UUID id) {
		cases.withdraw(id);
		return PAGE;
	}

	@PostMapping("/me/resignation/{id}/exit-interview")
	String exitInterview(@PathVariable UUID id, @RequestParam List<String> reasonCodes,
			@RequestParam(required = false) String comments, @RequestParam(required = false) Boolean wouldReturn,
			@RequestParam(required = false) String managerFeedback) {
		interviews.submit(id, new ExitInterviewAnswers(reasonCodes, comments, wouldReturn, managerFeedback));
		return PAGE;
	}
}
