package io.renloop.onboarding.web;

import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingViews.Completion;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** HR's pages: the cases with their checklist progress, and one case with its Complete button. */
@Controller
class OnboardingCasePageController {

	private final OnboardingCases cases;

	OnboardingCasePageController(OnboardingCases cases) {
		this.cases = cases;
	}

	@GetMapping("/onboarding-cases")
	@PreAuthorize("hasAuthority('ONBOARDING_READ')")
	String list(Model model) {
		model.addAttribute("cases", cases.list());
		return "onboarding/cases";
	}

	@GetMapping("/onboarding-cases/{id}")
	@PreAuthorize("hasAuthority('ONBOARDING_READ')")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("onboarding", cases.get(id, false));
		return "onboarding/case";
	}

	@GetMapping("/onboarding-cases/{id}/contract.pdf")
	@PreAuthorize("hasAuthority('ONBOARDING_READ')")
	ResponseEntity<byte[]> contract(@PathVariable UUID id) {
		return Pdfs.attachment("labour-contract-" + id + ".pdf", cases.contractPdf(id));
	}

	@PostMapping("/onboarding-cases/{id}/checklist/{itemId}/done")
	@PreAuthorize("hasAuthority('ONBOARDING_READ')")
	String done(@PathVariable UUID id, @PathVariable UUID itemId) {
		cases.markDone(id, itemId);
		return "redirect:/onboarding-cases/" + id;
	}

	@PostMapping("/onboarding-cases/{id}/complete")
	@PreAuthorize("hasAuthority('ONBOARDING_WRITE') and hasAuthority('EMPLOYEE_WRITE')")
	String complete(@PathVariable UUID id) {
		Completion completion = cases.complete(id);
		return "redirect:/employees/" + completion.employeeId();
	}
}
