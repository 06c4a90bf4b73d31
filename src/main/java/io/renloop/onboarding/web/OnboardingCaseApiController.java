package io.renloop.onboarding.web;

import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingViews.CaseDetails;
import io.renloop.onboarding.OnboardingViews.CaseSummary;
import io.renloop.onboarding.OnboardingViews.ChecklistItemView;
import io.renloop.onboarding.OnboardingViews.Completion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Onboarding cases", description = "New hires' onboarding for HR, IT and managers")
class OnboardingCaseApiController {

	private final OnboardingCases cases;

	OnboardingCaseApiController(OnboardingCases cases) {
		this.cases = cases;
	}

	@GetMapping("/api/v1/onboarding-cases")
	@PreAuthorize("hasAuthority('ONBOARDING_READ')")
	@Operation(summary = "List cases", description = "Newest start date first, with checklist progress; managers see their department's cases")
	List<CaseSummary> list() {
		return cases.list();
	}

	@GetMapping("/api/v1/onboarding-cases/{id}")
	@PreAuthorize("hasAuthority('ONBOARDING_READ')")
	@Operation(summary = "One case", description = "Personal information masked; reveal=true shows it in plain text to holders of EMPLOYEE_PII_REVEAL, audited")
	CaseDetails get(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean reveal) {
		return cases.get(id, reveal);
	}

	@GetMapping("/api/v1/onboarding-cases/{id}/contract.pdf")
	@PreAuthorize("hasAuthority('ONBOARDING_READ')")
	@Operation(summary = "The case's labour contract", description = "Signed once the new hire signed it, else the draft (409 before the personal information was saved); it carries the full ID number, address and phone, so it needs EMPLOYEE_PII_REVEAL (403 otherwise); an audited read")
	ResponseEntity<byte[]> contract(@PathVariable UUID id) {
		return Pdfs.attachment("labour-contract-" + id + ".pdf", cases.contractPdf(id));
	}

	@PostMapping("/api/v1/onboarding-cases/{id}/checklist/{itemId}/done")
	@PreAuthorize("hasAuthority('ONBOARDING_READ')")
	@Operation(summary = "Mark a checklist item done", description = "HR marks any item, IT support the IT items, a manager the manager items (403 otherwise); 409 when already done")
	ChecklistItemView done(@PathVariable UUID id, @PathVariable UUID itemId) {
		return cases.markDone(id, itemId);
	}

	@PostMapping("/api/v1/onboarding-cases/{id}/complete")
	@PreAuthorize("hasAuthority('ONBOARDING_WRITE') and hasAuthority('EMPLOYEE_WRITE')")
	@Operation(summary = "Complete the case", description = "Creates the employee record (number, department, position, manager, pay, probation) and its candidacy timeline; 409 unless SUBMITTED")
	Completion complete(@PathVariable UUID id) {
		return cases.complete(id);
	}
}
