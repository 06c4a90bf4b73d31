package io.renloop.training.web;

import io.renloop.training.Enrolments;
import io.renloop.training.Enrolments.Enrol;
import io.renloop.training.Enrolments.EnrolmentView;
import io.renloop.training.TrainingEffectiveness;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Enrolments as employees, managers and training administrators make and follow them, and the year's figures. */
@RestController
@Tag(name = "Training")
class EnrolmentApiController {

	private final Enrolments enrolments;

	private final TrainingEffectiveness.Figures figures;

	EnrolmentApiController(Enrolments enrolments, TrainingEffectiveness.Figures figures) {
		this.enrolments = enrolments;
		this.figures = figures;
	}

	@PostMapping("/api/v1/training/enrolments")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enrol oneself or an employee in a course", description = "`{\"courseId\",\"employeeId\","
			+ "\"sessionId\"}`: employeeId within the caller's data scope (null = oneself), sessionId for a classroom "
			+ "course; a course with a cost waits for the approval chain `training-enrolment` (PENDING_APPROVAL); a "
			+ "full session puts the enrolment on its waiting list (WAITLISTED); 409 when already enrolled")
	EnrolmentView enrol(@Valid @RequestBody Enrol command) {
		return enrolments.enrol(command);
	}

	@GetMapping("/api/v1/training/enrolments")
	@PreAuthorize("hasAuthority('TRAINING_READ')")
	@Operation(summary = "An employee's enrolments, or the latest of everyone the caller may see", description =
			"With employeeId: 404 outside the caller's data scope")
	List<EnrolmentView> list(@RequestParam(required = false) UUID employeeId) {
		return employeeId == null ? enrolments.recent(200) : enrolments.of(employeeId);
	}

	@PostMapping("/api/v1/training/enrolments/{id}/complete")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@Operation(summary = "Complete an enrolment", description = "The employee for a PDF or rich-text course they "
			+ "read, a training administrator for any course; announces CourseCompleted")
	EnrolmentView complete(@PathVariable UUID id) {
		return enrolments.complete(id);
	}

	@PostMapping("/api/v1/training/enrolments/{id}/cancel")
	@PreAuthorize("hasAuthority('TRAINING_WRITE')")
	@Operation(summary = "Cancel an open enrolment", description = "The first on the session's waiting list moves up")
	EnrolmentView cancel(@PathVariable UUID id) {
		return enrolments.cancel(id);
	}

	@GetMapping("/api/v1/training/effectiveness")
	@PreAuthorize("hasAuthority('TRAINING_ADMIN')")
	@Operation(summary = "The year's training figures", description = "Completion rate, exam pass rate, hours per "
			+ "employee employed in the year, cost per participant, and `courseEffects`: for every course tied to a performance "
			+ "item, `{\"courseId\",\"code\",\"title\",\"performanceItem\",\"participants\",\"scoreBefore\","
			+ "\"scoreAfter\"}` — the mean score of the item of those who completed it in the year, in their last "
			+ "published result before completion and their first after; `participants` (n) counts those with both")
	TrainingEffectiveness effectiveness(@RequestParam int year) {
		if (year < 2000 || year > 2100) {
			throw io.renloop.platform.InvalidFieldsException.of("year", "error.training.year");
		}
		return figures.of(year);
	}
}
