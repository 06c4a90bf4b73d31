package io.renloop.recruitment.web;

import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationCommands.MoveApplications;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.ApplicationViews.CandidateDetails;
import io.renloop.recruitment.Applications;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Applications", description = "Candidates, their applications to requisitions and the hiring stages")
class ApplicationApiController {

	private static final String READ = "hasAuthority('RECRUITMENT_READ')";

	private static final String WRITE = "hasAuthority('RECRUITMENT_WRITE')";

	private final Applications applications;

	ApplicationApiController(Applications applications) {
		this.applications = applications;
	}

	@PostMapping("/api/v1/requisitions/{id}/applications")
	@PreAuthorize(WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Apply to an open requisition", description = "Name, phone and e-mail default to those "
			+ "parsed from \"text\"; consent must be true. The same normalized phone or e-mail, or a near-identical "
			+ "resume, is recognized as a known candidate: duplicateOf then names them")
	ApplicationReceipt apply(@PathVariable UUID id, @Valid @RequestBody Apply command) {
		return applications.apply(id, command);
	}

	@GetMapping("/api/v1/requisitions/{id}/applications")
	@PreAuthorize(READ)
	@Operation(summary = "The applications of a requisition, oldest first")
	List<ApplicationSummary> ofRequisition(@PathVariable UUID id) {
		return applications.ofRequisition(id);
	}

	@GetMapping("/api/v1/candidates/{id}")
	@PreAuthorize(READ)
	@Operation(summary = "A candidate with the parsed profile, every application and its stage history")
	CandidateDetails candidate(@PathVariable UUID id) {
		return applications.candidate(id);
	}

	@PostMapping("/api/v1/applications/{id}/transitions")
	@PreAuthorize(WRITE)
	@Operation(summary = "Move an application to another stage", description = "APPLIED → SCREENED → AI_INTERVIEW "
			+ "(optional) → INTERVIEWS → OFFER → HIRED; REJECTED (reason required) or POOL from any open stage; other "
			+ "moves are 409")
	ApplicationSummary move(@PathVariable UUID id, @Valid @RequestBody MoveApplication command) {
		return applications.move(id, command);
	}

	@PostMapping("/api/v1/applications/transitions")
	@PreAuthorize(WRITE)
	@Operation(summary = "Move several applications at once", description = "All of them or none: one application "
			+ "that cannot move fails the whole request")
	List<ApplicationSummary> moveAll(@Valid @RequestBody MoveApplications command) {
		return applications.moveAll(command);
	}
}
