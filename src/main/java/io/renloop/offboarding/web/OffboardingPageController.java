package io.renloop.offboarding.web;

import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.ExitInterviews;
import io.renloop.offboarding.LeavingDocumentKind;
import io.renloop.offboarding.LeavingDocuments;
import io.renloop.offboarding.OffboardingCases;
import io.renloop.offboarding.OffboardingCommands.RehireDecision;
import io.renloop.offboarding.OffboardingCommands.Settle;
import io.renloop.offboarding.OffboardingViews.CaseDetails;
import java.math.BigDecimal;
import java.util.UUID;
import io.renloop.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * HR's desk: the cases with their progress per owner, and one case with its checklist, settlement, last day, exit
 * interview and rehire flag. Forms post back and redirect; invalid input is answered by the page error handler.
 */
@Controller
@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
class OffboardingPageController {

	private final OffboardingCases cases;

	private final ExitInterviews interviews;

	private final LeavingDocuments documents;

	OffboardingPageController(OffboardingCases cases, ExitInterviews interviews, LeavingDocuments documents) {
		this.cases = cases;
		this.interviews = interviews;
		this.documents = documents;
	}

	@GetMapping("/offboarding")
	String list(@RequestParam(required = false) CaseStatus status, Model model) {
		model.addAttribute("cases", cases.list(status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", CaseStatus.values());
		return "offboarding/cases";
	}

	@GetMapping("/offboarding/cases/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CaseDetails details = cases.get(id);
		model.addAttribute("c", details);
		model.addAttribute("interview", details.exitInterviewDone() ? interviews.answers(id) : null);
		model.addAttribute("documents", documents.ofCase(id));
		return "offboarding/case";
	}

	@GetMapping("/offboarding/cases/{id}/documents/{kind:[a-z-]+}.pdf")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind) {
		LeavingDocumentKind document = LeavingDocumentKind.ofSlug(kind)
			.orElseThrow(() -> new NotFoundException("LeavingDocument", kind));
		return PdfDownloads.attachment(document.slug() + ".pdf", documents.pdf(id, document));
	}

	@PostMapping("/offboarding/cases/{id}/checklist/{itemId}/done")
	String done(@PathVariable UUID id, @PathVariable UUID itemId) {
		cases.markDone(id, itemId);
		return back(id);
	}

	@PostMapping("/offboarding/cases/{id}/settlement")
	String settle(@PathVariable UUID id, @RequestParam BigDecimal monthlyWage,
			@RequestParam BigDecimal localAverageMonthlyWage, @RequestParam(defaultValue = "false") boolean noticeInLieu,
			@RequestParam int annualLeaveDays, @RequestParam BigDecimal annualLeaveTaken) {
		cases.settle(id, new Settle(monthlyWage, localAverageMonthlyWage, noticeInLieu, annualLeaveDays,
				annualLeaveTaken));
		return back(id);
	}

	@PostMapping("/offboarding/cases/{id}/settlement/approve")
	String approveSettlement(@PathVariable UUID id) {
		cases.approveSettlement(id);
		return back(id);
	}

	@PostMapping("/offboarding/cases/{id}/depart")
	String depart(@PathVariable UUID id) {
		cases.depart(id);
		return back(id);
	}

	@PostMapping("/offboarding/cases/{id}/rehire")
	String rehire(@PathVariable UUID id, @RequestParam boolean eligible, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Boolean regretted) {
		cases.decideRehire(id, new RehireDecision(eligible, reason, regretted));
		return back(id);
	}

	private static String back(UUID id) {
		return "redirect:/offboarding/cases/" + id;
	}
}
