package io.renloop.recruitment.web;

import io.renloop.recruitment.CandidatePrivacy;
import io.renloop.recruitment.CandidatePrivacy.CandidateExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Candidate privacy", description = "A candidate's copy of their data, and erasure on request")
@PreAuthorize("hasAuthority('CANDIDATE_PRIVACY')")
class CandidatePrivacyApiController {

	private final CandidatePrivacy privacy;

	CandidatePrivacyApiController(CandidatePrivacy privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/api/v1/candidates/{id}/export")
	@Operation(summary = "Everything held about a candidate", description = "Contact details, parsed profile, "
			+ "resume text, every application with its stage history; audited as a sensitive read")
	ResponseEntity<CandidateExport> export(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"candidate-" + id + ".json\"")
			.body(privacy.export(id));
	}

	@DeleteMapping("/api/v1/candidates/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Erase a candidate's personal data", description = "Name, contact details, profile and "
			+ "resume are erased at once; the anonymous applications stay for the channel statistics. Audited. A "
			+ "candidate erased already is 409")
	void erase(@PathVariable UUID id) {
		privacy.erase(id);
	}
}
