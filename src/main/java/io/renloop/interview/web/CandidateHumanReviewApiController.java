package io.renloop.interview.web;

import io.renloop.interview.CandidateHumanReview;
import io.renloop.interview.HumanReviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The candidate asks for a person to review the AI interview, with the token of the link instead of a login. */
@RestController
@Tag(name = "Candidate interview")
class CandidateHumanReviewApiController {

	private final HumanReviews reviews;

	CandidateHumanReviewApiController(HumanReviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/api/v1/candidate-interview/{token}/human-review")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask for a human review of the AI interview", description = "After submission, once per "
			+ "interview, until 30 days after the link expired; a recruiter answers within the configured business "
			+ "days. 409 before submission or for a second request")
	CandidateHumanReview request(@PathVariable String token, @Valid @RequestBody(required = false) Request request) {
		return reviews.request(token, request == null ? null : request.reason());
	}

	/** The candidate's optional reason. */
	record Request(@Size(max = 1000) String reason) {
	}
}
