package io.renloop.interview.web;

import io.renloop.interview.ScorecardDefinition;
import io.renloop.interview.ScorecardView;
import io.renloop.interview.Scorecards;
import io.renloop.interview.Scorecards.Saved;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications/{id}/scorecards")
@Tag(name = "Scorecards", description = "Interviewers' per-dimension ratings 1–5 of an application")
class ScorecardApiController {

	private final Scorecards scorecards;

	ScorecardApiController(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('SCORECARD_WRITE')")
	@Operation(summary = "Submit your scorecard", description = "One per interviewer and application: 201 for the "
			+ "first, 200 when it replaces your earlier one. Dimensions are those of the requisition's interview plan "
			+ "(else its competency model); 400 for an unknown or repeated dimension or a rating outside 1–5; 403 for an "
			+ "interviewer who is not an interviewer of a scheduled interview of the application (INTERVIEW_WRITE "
			+ "holders score any)")
	ResponseEntity<ScorecardView> submit(@PathVariable UUID id, @Valid @RequestBody ScorecardDefinition scorecard) {
		Saved saved = scorecards.submit(id, scorecard);
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.scorecard());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "The application's scorecards, oldest first", description = "Each with its score 0–100: the "
			+ "mean rating mapped 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100")
	List<ScorecardView> list(@PathVariable UUID id) {
		return scorecards.ofApplication(id);
	}
}
