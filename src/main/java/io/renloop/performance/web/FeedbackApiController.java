package io.renloop.performance.web;

import io.renloop.performance.FeedbackRequest;
import io.renloop.performance.FeedbackSummary;
import io.renloop.performance.PerformanceFeedback;
import io.renloop.performance.Rater;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 360 feedback: raters proposed and approved, answers given once, summaries that never show a single rater. */
@RestController
@Tag(name = "Performance", description = "Review templates and cycles, metric data, calibration, results")
class FeedbackApiController {

	private final PerformanceFeedback feedback;

	FeedbackApiController(PerformanceFeedback feedback) {
		this.feedback = feedback;
	}

	@PutMapping("/api/v1/performance/reviews/{id}/raters")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	@Operation(summary = "Propose or set the 360 raters of a review", description = "`{\"raters\":[{\"employeeId\","
			+ "\"relation\":\"PEER|REPORT|MANAGER\"}]}`; the reviewed employee proposes (the manager approves), the "
			+ "manager or HR sets them directly; until the manager review ends")
	List<FeedbackRequest> raters(@PathVariable UUID id, @Valid @RequestBody Raters raters) {
		return feedback.raters(id, raters.raters());
	}

	/** The raters of a review. */
	record Raters(@NotNull @Size(min = 1, max = 30) List<@Valid @NotNull Rater> raters) {
	}

	@PostMapping("/api/v1/performance/reviews/{id}/raters/approve")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	@Operation(summary = "Approve the proposed raters", description = "The manager of the reviewed employee (or HR); "
			+ "the raters are then asked")
	List<FeedbackRequest> approve(@PathVariable UUID id) {
		return feedback.approveRaters(id);
	}

	@GetMapping("/api/v1/performance/reviews/{id}/feedback")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "The 360 summary of a review", description = "Per relation the raters asked and answered; "
			+ "mean scores per competency and the comments only where at least 3 answered, never per rater; for the "
			+ "manager and HR, and for the employee once published; audited")
	FeedbackSummary summary(@PathVariable UUID id) {
		return feedback.summary(id);
	}

	@GetMapping("/api/v1/me/performance/feedback-requests")
	@PreAuthorize("hasAuthority('PERFORMANCE_READ')")
	@Operation(summary = "The 360 feedback I am asked to give")
	List<FeedbackRequest> mine() {
		return feedback.mine();
	}

	@PutMapping("/api/v1/performance/feedback/{id}")
	@PreAuthorize("hasAuthority('PERFORMANCE_WRITE')")
	@Operation(summary = "Give 360 feedback", description = "`{\"scores\":{\"安全意识\":80},\"comment\"}`, 0–100 per "
			+ "competency; only the rater asked, once (409 after)")
	FeedbackRequest answer(@PathVariable UUID id, @Valid @RequestBody Answer answer) {
		return feedback.answer(id, answer.scores(), answer.comment());
	}

	/** A rater's answer. */
	record Answer(@NotNull @Size(max = 30) Map<String, BigDecimal> scores, @Size(max = 2000) String comment) {
	}
}
