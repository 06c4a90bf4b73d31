package io.renloop.interview.web;

import io.renloop.interview.HumanReviewAnswer;
import io.renloop.interview.HumanReviewView;
import io.renloop.interview.HumanReviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Human reviews", description = "Candidates' requests for a person to review their AI interview")
class HumanReviewApiController {

	private final HumanReviews reviews;

	HumanReviewApiController(HumanReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/v1/human-reviews")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	@Operation(summary = "The review queue, those due first", description = "status OPEN or ANSWERED (default all); "
			+ "each with the recruiter it is assigned to, dueAt and whether it is overdue")
	List<HumanReviewView> queue(@RequestParam(required = false) String status) {
		return reviews.queue(status);
	}

	@PostMapping("/api/v1/human-reviews/{id}/answer")
	@PreAuthorize("hasAuthority('INTERVIEW_WRITE')")
	@Operation(summary = "Answer a request with your own assessment", description = "outcome CONFIRMED or REVISED "
			+ "and a comment; records who answered; 409 when it was answered already")
	HumanReviewView answer(@PathVariable UUID id, @Valid @RequestBody HumanReviewAnswer answer) {
		return reviews.answer(id, answer);
	}
}
