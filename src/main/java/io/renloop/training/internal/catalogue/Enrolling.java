package io.renloop.training.internal.catalogue;

import io.renloop.employee.EmployeeDetails;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.SystemActor;
import io.renloop.training.Catalogue.CourseKind;
import io.renloop.training.Catalogue.SessionView;
import io.renloop.training.Enrolments;
import io.renloop.training.Enrolments.Source;
import io.renloop.training.Enrolments.Status;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts an employee on a course: a course that costs money waits for approval (subject type
 * {@code training-enrolment}, the cost as the amount), a classroom session that is full puts them on its waiting list.
 */
@Component
public class Enrolling {

	private final CourseStore courses;

	private final SessionStore sessions;

	private final EnrolmentStore enrolments;

	private final ApprovalRequests approvals;

	private final AuditTrail audit;

	private final Clock clock;

	Enrolling(CourseStore courses, SessionStore sessions, EnrolmentStore enrolments, ApprovalRequests approvals,
			AuditTrail audit, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.enrolments = enrolments;
		this.approvals = approvals;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Enrols the employee; fails with 409 when they already have an open or completed enrolment in the course.
	 * @return the new enrolment's id
	 */
	public UUID enrol(UUID courseId, EmployeeDetails employee, UUID sessionId, Source source) {
		Course course = courses.find(courseId).orElseThrow(() -> new NotFoundException("TrainingCourse", courseId));
		SessionView session = session(course, sessionId);
		Status status = course.costsMoney() ? Status.PENDING_APPROVAL : seat(session);
		UUID id = enrolments.insert(courseId, employee.id(), sessionId, status, source, null, null, course.cost(),
				actor(), clock.instant())
			.orElseThrow(() -> new BusinessRuleException("error.training.enrolment.exists", course.title()));
		if (status == Status.PENDING_APPROVAL) {
			approvals.start(new ApprovalRequest(Enrolments.SUBJECT_TYPE, id,
					"培训报名 Training · " + employee.name() + " · " + course.titleZh() + " " + course.titleEn() + " · ¥"
							+ course.cost().toPlainString(),
					employee.departmentId(), employee.id(), course.cost(), Map.of("course", course.code(), "cost",
							course.cost())));
		}
		audit.recordChange("CREATE", "TrainingEnrolment", id, null, Map.of("course", course.code(), "employee",
				employee.id(), "status", status, "source", source));
		return id;
	}

	/** A path enrols without approval (HR set the path up) and without a session; nothing when already enrolled. */
	Optional<UUID> enrolByPath(UUID courseId, UUID employeeId, UUID pathId, LocalDate dueOn) {
		Course course = courses.find(courseId).orElse(null);
		if (course == null) {
			return Optional.empty();
		}
		return enrolments.insert(courseId, employeeId, null, Status.ENROLLED, Source.PATH, pathId, dueOn, course.cost(),
				SystemActor.NAME, clock.instant());
	}

	/** An approved enrolment takes a seat or waits for one. */
	void approved(Enrolment enrolment) {
		SessionView session = enrolment.sessionId() == null ? null : sessions.find(enrolment.sessionId()).orElse(null);
		enrolments.status(enrolment.id(), seat(session));
	}

	private SessionView session(Course course, UUID sessionId) {
		if (course.kind() != CourseKind.CLASSROOM) {
			return null;
		}
		if (sessionId == null) {
			throw new BusinessRuleException(400, "error.training.enrolment.sessionRequired", course.title());
		}
		return sessions.find(sessionId)
			.filter(s -> s.courseId().equals(course.id()))
			.orElseThrow(() -> new NotFoundException("TrainingSession", sessionId));
	}

	private Status seat(SessionView session) {
		if (session == null) {
			return Status.ENROLLED;
		}
		sessions.lock(session.id());
		SessionView counted = sessions.find(session.id()).orElseThrow();
		return counted.enrolled() < counted.capacity() ? Status.ENROLLED : Status.WAITLISTED;
	}

	private static String actor() {
		return CurrentUser.find().map(CurrentUser::email).orElse(SystemActor.NAME);
	}
}
