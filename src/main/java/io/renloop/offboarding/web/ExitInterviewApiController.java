package io.renloop.offboarding.web;

import io.renloop.offboarding.ExitInterviews;
import io.renloop.offboarding.OffboardingCommands.ExitInterviewAnswers;
import io.renloop.offboarding.OffboardingViews.ExitInterviewView;
import io.renloop.offboarding.OffboardingViews.ExitReasonView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The exit interview: the leaver answers, HR alone reads. */
@RestController
@Tag(name = "Offboarding", description = "Leaving cases, checklists, exit interviews, the final settlement")
class ExitInterviewApiController {

	private final ExitInterviews interviews;

	ExitInterviewApiController(ExitInterviews interviews) {
		this.interviews = interviews;
	}

	@GetMapping("/api/v1/offboarding/exit-reasons")
	@PreAuthorize("hasAuthority('OFFBOARDING_READ')")
	@Operation(summary = "The tenant's reasons for leaving", description = "Codes with names in the caller's "
			+ "language, for the exit interview")
	List<ExitReasonView> reasons() {
		return interviews.reasons();
	}

	@PutMapping("/api/v1/offboarding/cases/{id}/exit-interview")
	@PreAuthorize("hasAuthority('OFFBOARDING_WRITE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Answer the exit interview", description = "The leaver (or HR for them), once, while the "
			+ "case is approved: 1 to 5 `reasonCodes` of the tenant's list, `comments`, `wouldReturn`, "
			+ "`managerFeedback`. Confidential to HR; 404 outside the caller's scope, 403 for someone else's case")
	void submit(@PathVariable UUID id, @Valid @RequestBody ExitInterviewAnswers answers) {
		interviews.submit(id, answers);
	}

	@GetMapping("/api/v1/offboarding/cases/{id}/exit-interview")
	@PreAuthorize("hasAuthority('OFFBOARDING_ADMIN')")
	@Operation(summary = "The answers of the exit interview", description = "HR only, an audited read; 404 before "
			+ "they were given")
	ExitInterviewView answers(@PathVariable UUID id) {
		return interviews.answers(id);
	}
}
