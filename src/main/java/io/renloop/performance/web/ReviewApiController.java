package io.renloop.performance.web;

import io.renloop.performance.PerformanceReviews;
import io.renloop.performance.ReviewView;
import io.renloop.performance.WriteReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Single reviews: the employee's self review, the manager's scores, one's own results and appeals. */
@RestController
@Tag(name = "Performance", description = "Review templates and cycles, metric data, calibration, results")
class ReviewApiController {

	private final PerformanceReviews reviews;

	ReviewApiController(PerformanceReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/v1/performance/reviews/{id}")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "A review with every item scored and explained", description = "Metric values with their "
			+ "source, the formula with its values, self and manager scores; within the data scope (404 outside); "
			+ "audited")
	ReviewView get(@PathVariable UUID id) {
		return reviews.get(id);
	}

	@PutMapping("/api/v1/performance/reviews/{id}/self")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	@Operation(summary = "Write one's own self review", description = "`{\"scores\":{\"ITEM\":85},\"comment\","
			+ "\"submit\"}`; only the reviewed employee, while the self review is open")
	ReviewView self(@PathVariable UUID id, @Valid @RequestBody WriteReview review) {
		return reviews.writeSelf(id, review);
	}

	@PutMapping("/api/v1/performance/reviews/{id}/manager")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	@Operation(summary = "Score a review as the manager", description = "`{\"scores\":{\"ITEM\":85,"
			+ "\"C:安全意识\":80},\"comment\",\"potential\":1-3,\"submit\"}`; the answer carries the computed score with "
			+ "its formula breakdown; only for reviews in the caller's data scope, never one's own (403)")
	ReviewView manager(@PathVariable UUID id, @Valid @RequestBody WriteReview review) {
		return reviews.writeManager(id, review);
	}

	@GetMapping("/api/v1/me/performance")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "My reviews and published results, newest first")
	List<ReviewView> mine() {
		return reviews.mine();
	}

	@PostMapping("/api/v1/me/performance/{reviewId}/appeal")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	@Operation(summary = "Appeal my published result", description = "`{\"reason\"}`; once, within the appeal "
			+ "window, through workflow subject `performance-appeal`")
	ReviewView appeal(@PathVariable UUID reviewId, @Valid @RequestBody Appeal appeal) {
		return reviews.appeal(reviewId, appeal.reason());
	}

	/** Why the employee appeals. */
	record Appeal(@NotBlank @Size(max = 2000) String reason) {
	}
}
