package io.renloop.training.internal.catalogue;

import io.renloop.employee.EmployeeTimeline;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.training.CourseCompleted;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Completes an enrolment once: announces {@link CourseCompleted} and writes the step on the employee's timeline. */
@Component
public class CourseCompletions {

	private final EnrolmentStore enrolments;

	private final CourseStore courses;

	private final ApplicationEventPublisher events;

	private final EmployeeTimeline timeline;

	private final AuditTrail audit;

	private final TenantTime time;

	CourseCompletions(EnrolmentStore enrolments, CourseStore courses, ApplicationEventPublisher events,
			EmployeeTimeline timeline, AuditTrail audit, TenantTime time) {
		this.enrolments = enrolments;
		this.courses = courses;
		this.events = events;
		this.timeline = timeline;
		this.audit = audit;
		this.time = time;
	}

	/** Completes the employee's open enrolment in the course, if there is one (an exam passed). */
	public void completeCourse(UUID employeeId, UUID courseId) {
		enrolments.current(employeeId, courseId).ifPresent(this::complete);
	}

	/** True when this call completed it; false when it already was complete or is not open. */
	boolean complete(Enrolment enrolment) {
		if (!enrolments.complete(enrolment.id(), time.clock().instant())) {
			return false;
		}
		Course course = courses.find(enrolment.courseId()).orElseThrow();
		events.publishEvent(new CourseCompleted(TenantContext.require(), enrolment.employeeId(), course.id(),
				course.hours(), time.clock().instant()));
		timeline.append(enrolment.employeeId(), time.today(), "TRAINING", "training",
				"完成培训 Completed · " + course.titleZh() + " / " + course.titleEn(),
				Map.of("courseId", course.id(), "hours", course.hours()));
		audit.recordChange("COMPLETE", "TrainingEnrolment", enrolment.id(), Map.of("status", enrolment.status()),
				Map.of("status", "COMPLETED"));
		return true;
	}
}
