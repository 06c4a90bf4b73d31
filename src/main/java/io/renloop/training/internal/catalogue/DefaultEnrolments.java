package io.renloop.training.internal.catalogue;

import io.renloop.employee.EmployeeDetails;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.training.Catalogue.ContentKind;
import io.renloop.training.Catalogue.CourseKind;
import io.renloop.training.Catalogue.SessionView;
import io.renloop.training.Enrolments;
import io.renloop.training.internal.Learners;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultEnrolments implements Enrolments {

	private final EnrolmentStore enrolments;

	private final CourseStore courses;

	private final SessionStore sessions;

	private final Enrolling enrolling;

	private final CourseCompletions completions;

	private final Learners employees;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultEnrolments(EnrolmentStore enrolments, CourseStore courses, SessionStore sessions, Enrolling enrolling,
			CourseCompletions completions, Learners employees, AuditTrail audit, Clock clock) {
		this.enrolments = enrolments;
		this.courses = courses;
		this.sessions = sessions;
		this.enrolling = enrolling;
		this.completions = completions;
		this.employees = employees;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public EnrolmentView enrol(Enrol command) {
		EmployeeDetails employee = command.employeeId() == null ? employees.me() : employees.get(command.employeeId());
		Source source = employee.id().equals(CurrentUser.require().employeeId()) ? Source.SELF : Source.MANAGER;
		UUID id = enrolling.enrol(command.courseId(), employee, command.sessionId(), source);
		return view(enrolments.find(id).orElseThrow());
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnrolmentView> of(UUID employeeId) {
		employees.get(employeeId);
		return views(enrolments.ofEmployee(employeeId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnrolmentView> recent(int limit) {
		return views(enrolments.recent(employees.ids().orElse(null), limit));
	}

	@Override
	@Transactional(readOnly = true)
	public List<EnrolmentView> mine() {
		return views(enrolments.ofEmployee(employees.myId()));
	}

	@Override
	public EnrolmentView recordProgress(UUID enrolmentId, Progress progress) {
		Enrolment enrolment = mineOpen(enrolmentId);
		Course course = courses.find(enrolment.courseId()).orElseThrow();
		if (!course.isVideo()) {
			throw new BusinessRuleException("error.training.progress.notVideo", course.title());
		}
		WatchRule rule = course.watchRule();
		int watched = rule.watched(enrolment.watchedSeconds(), progress.watchedSeconds());
		enrolments.progress(enrolmentId, watched, rule.position(progress.positionSeconds()));
		if (rule.completes(watched) && enrolment.status() == Status.ENROLLED) {
			completions.complete(enrolments.find(enrolmentId).orElseThrow());
		}
		return view(enrolments.find(enrolmentId).orElseThrow());
	}

	@Override
	public EnrolmentView complete(UUID enrolmentId) {
		Enrolment enrolment = visible(enrolmentId);
		Course course = courses.find(enrolment.courseId()).orElseThrow();
		boolean readByThemselves = enrolment.employeeId().equals(CurrentUser.require().employeeId())
				&& course.kind() == CourseKind.ONLINE && course.contentKind() != ContentKind.VIDEO;
		if (!readByThemselves && !CurrentUser.require().can(Permission.TRAINING_ADMIN)) {
			throw new BusinessRuleException(403, "error.training.complete.notAllowed", course.title());
		}
		if (enrolment.status() != Status.ENROLLED) {
			throw new BusinessRuleException("error.training.enrolment.notOpen", enrolment.status());
		}
		completions.complete(enrolment);
		return view(enrolments.find(enrolmentId).orElseThrow());
	}

	@Override
	public EnrolmentView cancel(UUID enrolmentId) {
		Enrolment enrolment = visible(enrolmentId);
		if (!enrolment.open()) {
			throw new BusinessRuleException("error.training.enrolment.notOpen", enrolment.status());
		}
		enrolments.status(enrolmentId, Status.CANCELLED);
		audit.recordChange("CANCEL", "TrainingEnrolment", enrolmentId, Map.of("status", enrolment.status()),
				Map.of("status", Status.CANCELLED));
		if (enrolment.sessionId() != null && enrolment.status() == Status.ENROLLED) {
			sessions.lock(enrolment.sessionId());
			enrolments.firstWaiting(enrolment.sessionId()).ifPresent(next -> {
				enrolments.status(next.id(), Status.ENROLLED);
				audit.recordChange("MOVE_UP", "TrainingEnrolment", next.id(), Map.of("status", Status.WAITLISTED),
						Map.of("status", Status.ENROLLED));
			});
		}
		return view(enrolments.find(enrolmentId).orElseThrow());
	}

	@Override
	public EnrolmentView signIn(String token) {
		SessionView session = sessions.byToken(token == null ? "" : token.strip())
			.orElseThrow(() -> new NotFoundException("TrainingSession", "token"));
		UUID me = employees.myId();
		Enrolment enrolment = enrolments.current(me, session.courseId())
			.filter(e -> session.id().equals(e.sessionId()) && e.status() == Status.ENROLLED)
			.orElseThrow(() -> new BusinessRuleException("error.training.signIn.notOnRoster"));
		enrolments.attended(enrolment.id(), clock.instant());
		completions.complete(enrolment);
		return view(enrolments.find(enrolment.id()).orElseThrow());
	}

	private Enrolment mineOpen(UUID id) {
		UUID me = employees.myId();
		return enrolments.find(id)
			.filter(e -> e.employeeId().equals(me))
			.orElseThrow(() -> new NotFoundException("TrainingEnrolment", id));
	}

	/** The enrolment of an employee the caller may see; 404 otherwise. */
	private Enrolment visible(UUID id) {
		Enrolment enrolment = enrolments.find(id).orElseThrow(() -> new NotFoundException("TrainingEnrolment", id));
		try {
			employees.get(enrolment.employeeId());
		}
		catch (NotFoundException outOfScope) {
			throw new NotFoundException("TrainingEnrolment", id);
		}
		return enrolment;
	}

	private List<EnrolmentView> views(List<Enrolment> list) {
		Map<UUID, Course> byId = courses.all().stream().collect(Collectors.toMap(Course::id, Function.identity()));
		return list.stream().map(e -> view(e, byId.get(e.courseId()))).toList();
	}

	private EnrolmentView view(Enrolment e) {
		return view(e, courses.find(e.courseId()).orElseThrow());
	}

	static EnrolmentView view(Enrolment e, Course course) {
		int percent = e.status() == Status.COMPLETED ? 100
				: course.isVideo() ? course.watchRule().percent(e.watchedSeconds()) : 0;
		return new EnrolmentView(e.id(), e.courseId(), course.title(), e.employeeId(), e.sessionId(), e.status(),
				e.source(), percent, e.watchedSeconds(), e.positionSeconds(), e.dueOn(), e.cost(), e.enrolledAt(), e.completedAt());
	}
}
