package io.renloop.training.web;

import io.renloop.training.Enrolments.EnrolmentView;
import io.renloop.training.Recommendations;
import io.renloop.training.Recommendations.Recommendation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recommended courses with the reasons that say why. */
@RestController
@Tag(name = "Training")
class RecommendationApiController {

	private final Recommendations recommendations;

	RecommendationApiController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/api/v1/training/recommendations")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "Courses recommended to an employee, with reasons", description = "`[{\"courseId\","
			+ "\"title\",\"reasons\":[{\"source\":\"AI_INTERVIEW|PERFORMANCE|POSITION|CERTIFICATE|MANAGER\",\"text\"}]}]`"
			+ ", each reason quoting its evidence in the reader's language; 404 outside the caller's data scope")
	List<Recommendation> forEmployee(@RequestParam UUID employeeId) {
		return recommendations.forEmployee(employeeId);
	}

	@GetMapping("/api/v1/me/training/recommendations")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "Courses recommended to me, with reasons")
	List<Recommendation> mine() {
		return recommendations.mine();
	}

	@PostMapping("/api/v1/training/recommendations")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Recommend a course to an employee, saying why", description = "`{\"employeeId\","
			+ "\"courseId\",\"text\"}` (text up to 500 characters): the employee's recommendations then carry the "
			+ "reason `{\"source\":\"MANAGER\",\"text\":\"<your name>: <text>\"}` until they are enrolled in or "
			+ "completed the course. 404 outside the caller's data scope, 400 for an unknown course or a blank text, 403 "
			+ "for oneself, 409 when already enrolled")
	Recommendation recommend(@Valid @RequestBody Recommendations.Recommend command) {
		return recommendations.recommend(command);
	}

	@PostMapping("/api/v1/training/recommendations/accept")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Accept a recommendation as an enrolment", description = "`{\"employeeId\",\"courseId\"}`: "
			+ "one call enrols the employee (approval when the course costs money); 409 when already enrolled")
	EnrolmentView accept(@Valid @RequestBody Accept accept) {
		return recommendations.accept(accept.employeeId(), accept.courseId());
	}

	record Accept(@NotNull UUID employeeId, @NotNull UUID courseId) {
	}
}
