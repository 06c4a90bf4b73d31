package io.renloop.offboarding.web;

import io.renloop.offboarding.OffboardingCases;
import io.renloop.offboarding.OffboardingCommands.Resign;
import io.renloop.offboarding.OffboardingViews.CaseDetails;
import io.renloop.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The employee's own resignation. */
@RestController
@Tag(name = "Offboarding", description = "Leaving cases, checklists, exit interviews, the final settlement")
class ResignationApiController {

	private final OffboardingCases cases;

	ResignationApiController(OffboardingCases cases) {
		this.cases = cases;
	}

	@PostMapping("/api/v1/me/resignation")
	@PreAuthorize("hasAuthority('OFFBOARDING_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Resign", description = "`lastDay` (today to a year ahead) and `reason`. Less notice than "
			+ "the law asks (30 days, 3 in probation: Labour Contract Law art. 37) is accepted with a translated "
			+ "`noticeWarning`. Starts the approval (the manager, then HR); 409 while a case of the caller runs or "
			+ "when the login has no employee record")
	CaseDetails resign(@Valid @RequestBody Resign command) {
		return cases.resign(command);
	}

	@GetMapping("/api/v1/me/resignation")
	@PreAuthorize("hasAuthority('OFFBOARDING_READ')")
	@Operation(summary = "The caller's latest leaving case", description = "404 when there is none")
	CaseDetails mine() {
		return cases.mine().orElseThrow(() -> new NotFoundException("OffboardingCase", "me"));
	}
}
