package io.renloop.training.internal.catalogue;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.training.Catalogue;
import io.renloop.training.Upload;
import io.renloop.training.internal.files.FileLimits;
import io.renloop.training.internal.files.FileStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Transactional
@Validated
class DefaultCatalogue implements Catalogue {

	private final CourseStore courses;

	private final SessionStore sessions;

	private final PathStore paths;

	private final FileStore files;

	private final FileLimits limits;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultCatalogue(CourseStore courses, SessionStore sessions, PathStore paths, FileStore files, FileLimits limits,
			AuditTrail audit, Clock clock) {
		this.courses = courses;
		this.sessions = sessions;
		this.paths = paths;
		this.files = files;
		this.limits = limits;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CourseView> courses() {
		return courses.all().stream().map(Course::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public CourseView course(UUID id) {
		return get(id).view();
	}

	@Override
	public CourseView create(SaveCourse command) {
		CourseRules.check(command);
		if (courses.codeTaken(command.code())) {
			throw new BusinessRuleException("error.training.course.codeTaken", command.code());
		}
		UUID id = courses.insert(command, clock.instant());
		CourseView view = get(id).view();
		audit.recordChange("CREATE", "TrainingCourse", id, null, view);
		return view;
	}

	@Override
	public SessionView addSession(UUID courseId, SaveSession command) {
		Course course = get(courseId);
		if (course.kind() != CourseKind.CLASSROOM) {
			throw new BusinessRuleException("error.training.session.notClassroom", course.code());
		}
		UUID id = sessions.insert(courseId, command);
		SessionView view = sessions.find(id).orElseThrow();
		audit.recordChange("CREATE", "TrainingSession", id, null, Map.of("course", course.code(), "startsAt",
				command.startsAt().toString(), "capacity", command.capacity()));
		return view;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SessionView> sessions(UUID courseId) {
		get(courseId);
		return sessions.ofCourse(courseId);
	}

	@Override
	@Transactional(readOnly = true)
	public SessionView session(UUID sessionId) {
		return sessions.find(sessionId).orElseThrow(() -> new NotFoundException("TrainingSession", sessionId));
	}

	@Override
	public CourseView attachContent(UUID courseId, Upload upload) {
		Course course = get(courseId);
		FileStore.StoredFile stored = switch (course.contentKind() == null ? ContentKind.RICH_TEXT
				: course.contentKind()) {
			case VIDEO -> files.put(TenantContext.require(), "courses", upload, FileLimits.VIDEO_TYPES,
					limits.maxVideo().toBytes());
			case PDF -> files.put(TenantContext.require(), "courses", upload, FileLimits.PDF_TYPES,
					limits.maxDocument().toBytes());
			case RICH_TEXT -> throw new BusinessRuleException("error.training.course.noFile", course.code());
		};
		if (course.contentFile() != null) {
			files.delete(course.contentFile());
		}
		courses.attachFile(courseId, stored.key(), stored.contentType(), stored.size());
		audit.recordChange("UPLOAD", "TrainingCourse", courseId, Map.of("file", String.valueOf(course.contentType())),
				Map.of("file", stored.contentType(), "size", stored.size()));
		return get(courseId).view();
	}

	@Override
	@Transactional(readOnly = true)
	public StoredContent content(UUID courseId) {
		Course course = get(courseId);
		if (course.contentFile() == null) {
			throw new NotFoundException("TrainingCourseContent", courseId);
		}
		return new StoredContent(files.open(course.contentFile()), course.contentType(), course.contentSize());
	}

	@Override
	@Transactional(readOnly = true)
	public List<PathView> paths() {
		return paths.all();
	}

	@Override
	public PathView savePath(SavePath command) {
		for (SavePath.Step step : command.courses()) {
			if (courses.find(step.courseId()).isEmpty()) {
				throw InvalidFieldsException.of("courses", "error.training.path.unknownCourse", step.courseId());
			}
		}
		UUID id = paths.save(command);
		PathView view = paths.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
		audit.recordChange("SAVE", "TrainingPath", id, null, view);
		return view;
	}

	private Course get(UUID id) {
		return courses.find(id).orElseThrow(() -> new NotFoundException("TrainingCourse", id));
	}
}
