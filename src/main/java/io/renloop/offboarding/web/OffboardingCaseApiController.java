package io.renloop.offboarding.web;

import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.OffboardingCases;
import io.renloop.offboarding.OffboardingCommands.OpenCase;
import io.renloop.offboarding.OffboardingCommands.RehireDecision;
import io.renloop.offboarding.OffboardingCommands.Settle;
import io.renloop.offboarding.OffboardingViews.CaseDetails;
import io.renloop.offboarding.OffboardingViews.CaseSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Leaving cases as HR, managers, IT support and finance work them. */
@RestController
@Tag(name = "Offboarding", description = "Leaving cases, checklists, exit interviews, the final settlement")
class OffboardingCaseApiController {

	private final OffboardingCases cases;

	OffboardingCaseApiController(OffboardingCases cases) {
		this.cases = cases;
	}

	@GetMapping("/api/v1/offboarding/cases")
	@PreAuthorize("hasAuthority('OFFBOARDING_READ')")
	@Operation(summary = "Leaving cases, last day first", description = "Within the caller's scope: HR the whole "
			+ "tenant, a manager the department subtree, IT support the approved cases, anyone their own; `status` "
			+ "filters")
	List<CaseSummary> list(@RequestParam(required = false) CaseStatus status) {
		return cases.list(status);
	}

	@PostMapping("/api/v1/offboarding/cases")
	@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a leaving case for an employee", description = "`kind` RESIGNATION, TERMINATION "
			+ "(with `legalGround` MUTUAL_AGREEMENT art. 36, MISCONDUCT art. 39, NOTICE art. 40, REDUNDANCY art. 41, "
			+ "CONTRACT_EXPIRY art. 44), RETIREMENT or DEATH; `lastDay` within a year either way; `successorId` takes "
			+ "over the work. Starts the approval (subject `offboarding`); 409 while another case of the employee "
			+ "runs")
	CaseDetails open(@Valid @RequestBody OpenCase command) {
		return cases.open(command);
	}

	@GetMapping("/api/v1/offboarding/cases/{id}")
	@PreAuthorize("hasAuthority('OFFBOARDING_READ')")
	@Operation(summary = "One case with its checklist and progress per owner", description = "404 outside the "
			+ "caller's scope; the settlement and the rehire flag only for HR (an audited read)")
	CaseDetails get(@PathVariable UUID id) {
		return cases.get(id);
	}

	@PostMapping("/api/v1/offboarding/cases/{id}/withdraw")
	@PreAuthorize("hasAuthority('OFFBOARDING_WRITE')")
	@Operation(summary = "Withdraw a case", description = "The leaver or HR, while the case runs; 409 otherwise")
	CaseDetails withdraw(@PathVariable UUID id) {
		return cases.withdraw(id);
	}

	@PostMapping("/api/v1/offboarding/cases/{id}/checklist/{itemId}/done")
	@PreAuthorize("hasAuthority('OFFBOARDING_WRITE')")
	@Operation(summary = "Mark a checklist item done", description = "HR any item; IT support, finance, the "
			+ "manager and the leaver their own items (403 for another owner's); 409 before approval or when done")
	CaseDetails done(@PathVariable UUID id, @PathVariable UUID itemId) {
		return cases.markDone(id, itemId);
	}

	@PutMapping("/api/v1/offboarding/cases/{id}/settlement")
	@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
	@Operation(summary = "Compute the final settlement", description = "Economic compensation (art. 47) where the "
			+ "ground owes it, a month's wage in lieu of notice (only on ground NOTICE) and unused annual leave at "
			+ "200 % on top of the salary, pro-rated for the year; 409 once approved")
	CaseDetails settle(@PathVariable UUID id, @Valid @RequestBody Settle command) {
		return cases.settle(id, command);
	}

	@PostMapping("/api/v1/offboarding/cases/{id}/settlement/approve")
	@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
	@Operation(summary = "Approve the settlement for payroll", description = "Payroll pays it in the month of the "
			+ "last day, each amount on its own payslip line; 409 before it is computed or when approved already")
	CaseDetails approveSettlement(@PathVariable UUID id) {
		return cases.approveSettlement(id);
	}

	@PostMapping("/api/v1/offboarding/cases/{id}/depart")
	@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
	@Operation(summary = "End the employment now", description = "On or after the last day of an approved case: "
			+ "the employee becomes TERMINATED, every login and token of theirs ends, EmployeeLeft goes out. Runs by "
			+ "itself once the last day has ended in the tenant's zone; 409 before the last day")
	CaseDetails depart(@PathVariable UUID id) {
		return cases.depart(id);
	}

	@PutMapping("/api/v1/offboarding/cases/{id}/rehire")
	@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
	@Operation(summary = "Decide whether the leaver may be hired again", description = "With a reason and whether "
			+ "the departure is regretted; visible to HR only")
	CaseDetails rehire(@PathVariable UUID id, @Valid @RequestBody RehireDecision decision) {
		return cases.decideRehire(id, decision);
	}
}
