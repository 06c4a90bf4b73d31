package io.renloop.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Courses recommended to an employee, each with the reasons that led to it and the evidence they quote: weak AI
 * interview dimensions and uncovered key points, performance gaps, the position's competency model, and missing or
 * expiring certificates. Needs are matched to courses by tags and by sentence embeddings.
 */
public interface Recommendations {

	/** Recommendations for an employee in the caller's data scope (404 otherwise). */
	List<Recommendation> forEmployee(UUID employeeId);

	List<Recommendation> mine();

	/** A manager accepts a recommendation: the employee is enrolled (with approval when the course costs money). */
	Enrolments.EnrolmentView accept(UUID employeeId, UUID courseId);

	/**
	 * A manager (or HR) recommends a course to an employee in their data scope, saying why: the reason reads "name:
	 * text" and stays until the employee is enrolled in or completed the course. 404 outside the scope, 400 for an
	 * unknown course, 403 for oneself, 409 when already enrolled.
	 */
	Recommendation recommend(@Valid Recommend command);

	/** A course recommended by hand, with a short reason. */
	record Recommend(@NotNull UUID employeeId, @NotNull UUID courseId, @NotBlank @Size(max = 500) String text) {
	}

	enum Source {
		AI_INTERVIEW, PERFORMANCE, POSITION, CERTIFICATE, MANAGER
	}

	record Reason(Source source, String text) {
	}

	record Recommendation(UUID courseId, String title, List<Reason> reasons) {
	}
}
