package io.renloop.interview.web;

import io.renloop.interview.AssessmentView;
import io.renloop.interview.AssessmentWeights;
import io.renloop.interview.Assessments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessments", description = "AI interview and interviewers' scorecards combined per requisition weights")
class AssessmentApiController {

	private final Assessments assessments;

	AssessmentApiController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/api/v1/applications/{id}/assessment")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "The composite assessment of an application", description = "aiScore, humanScore (mean of "
			+ "the scorecards), composite and the configured and effective weights; a missing part is never estimated: "
			+ "the composite then rests on the part that exists (basis AI_ONLY or HUMANS_ONLY). aiRecommendation is "
			+ "ADVANCE or REVIEW and never changes the stage")
	AssessmentView assess(@PathVariable UUID id) {
		return assessments.assess(id);
	}

	@GetMapping("/api/v1/requisitions/{id}/assessment-weights")
	@PreAuthorize("hasAuthority('INTERVIEW_READ')")
	@Operation(summary = "The requisition's AI and human weights", description = "AI 40, humans 60 unless set")
	AssessmentWeights weights(@PathVariable UUID id) {
		return assessments.weights(id);
	}

	@PutMapping("/api/v1/requisitions/{id}/assessment-weights")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	@Operation(summary = "Set the requisition's AI and human weights", description = "Each 0–100, adding up to 100")
	AssessmentWeights putWeights(@PathVariable UUID id, @Valid @RequestBody AssessmentWeights weights) {
		return assessments.putWeights(id, weights);
	}
}
