package io.renloop.training;

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

	enum Source {
		AI_INTERVIEW, PERFORMANCE, POSITION, CERTIFICATE, MANAGER
	}

	record Reason(Source source, String text) {
	}

	record Recommendation(UUID courseId, String title, List<Reason> reasons) {
	}
}
