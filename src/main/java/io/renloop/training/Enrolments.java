package io.renloop.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Who takes which course. Employees enrol themselves, managers their team (within their data scope); a course that
 * costs money waits for the approval chain of subject type {@code training-enrolment}; a full session puts the
 * enrolment on its waiting list.
 */
public interface Enrolments {

	String SUBJECT_TYPE = "training-enrolment";

	EnrolmentView enrol(Enrol command);

	/** An employee's enrolments; 404 outside the caller's data scope. */
	List<EnrolmentView> of(UUID employeeId);

	/** The most recent enrolments of the employees the caller may see. */
	List<EnrolmentView> recent(int limit);

	List<EnrolmentView> mine();

	/** Saves where the employee stopped watching and how much they watched; completes when enough was watched. */
	EnrolmentView recordProgress(UUID enrolmentId, Progress progress);

	/**
	 * Completes an enrolment: the employee for a PDF or rich-text course they read, a training administrator for
	 * any course (an external course's certificate of attendance).
	 */
	EnrolmentView complete(UUID enrolmentId);

	/** Cancels an enrolment; the first on the session's waiting list moves up. */
	EnrolmentView cancel(UUID enrolmentId);

	/** The signed-in employee signs in to the session whose QR code they scanned. */
	EnrolmentView signIn(String token);

	/** Source of an enrolment. */
	enum Source {
		SELF, MANAGER, PATH, RECOMMENDATION
	}

	enum Status {
		PENDING_APPROVAL, ENROLLED, WAITLISTED, COMPLETED, REJECTED, CANCELLED
	}

	/**
	 * @param employeeId who is enrolled; null for oneself
	 * @param sessionId the session of a classroom course
	 */
	record Enrol(@NotNull UUID courseId, UUID employeeId, UUID sessionId) {
	}

	/**
	 * @param positionSeconds where the player stopped, to resume there
	 * @param watchedSeconds how many seconds of the video were watched so far (never decreases)
	 */
	record Progress(@NotNull @Min(0) @Max(86400) Integer positionSeconds,
			@NotNull @Min(0) @Max(86400) Integer watchedSeconds) {
	}

	/**
	 * @param progressPercent how far the employee is, 0 to 100
	 * @param watchedSeconds seconds of the video watched so far
	 * @param positionSeconds where to resume the video
	 */
	record EnrolmentView(UUID id, UUID courseId, String courseTitle, UUID employeeId, UUID sessionId, Status status,
			Source source, int progressPercent, int watchedSeconds, int positionSeconds, LocalDate dueOn, BigDecimal cost,
			Instant enrolledAt, Instant completedAt) {
	}
}
