package io.renloop.training.internal.exam;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.training.Exams;
import io.renloop.training.internal.Learners;
import io.renloop.training.internal.catalogue.CourseCompletions;
import io.renloop.training.internal.certificate.CertificateIssuer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultExams implements Exams {

	private final Random random = new SecureRandom();

	private final ExamStore store;

	private final Learners employees;

	private final CertificateIssuer issuer;

	private final CourseCompletions completions;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultExams(ExamStore store, Learners employees, CertificateIssuer issuer, CourseCompletions completions,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.employees = employees;
		this.issuer = issuer;
		this.completions = completions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExamView> exams() {
		return store.exams().stream().map(Exam::view).toList();
	}

	@Override
	public ExamView create(SaveExam command) {
		List<SaveQuestion> questions = command.questions() == null ? List.of() : command.questions();
		QuestionRules.check(questions);
		if (store.codeTaken(command.code())) {
			throw new BusinessRuleException("error.training.exam.codeTaken", command.code());
		}
		if (command.certificateType() != null && !command.certificateType().isBlank()
				&& !store.certificateTypeExists(command.certificateType().strip())) {
			throw InvalidFieldsException.of("certificateType", "error.training.certificate.unknownType",
					command.certificateType());
		}
		if (command.courseId() != null && !store.courseExists(command.courseId())) {
			throw InvalidFieldsException.of("courseId", "error.training.exam.unknownCourse");
		}
		questions.forEach(q -> store.addQuestion(command.bank(), q));
		int inBank = store.bank(command.bank()).size();
		if (inBank < command.questionCount()) {
			throw InvalidFieldsException.of("questionCount", "error.training.exam.bankTooSmall", inBank);
		}
		UUID id = store.insert(command);
		ExamView view = store.exam(id).orElseThrow().view();
		audit.recordChange("CREATE", "TrainingExam", id, null, view);
		return view;
	}

	@Override
	public AttemptView start(UUID examId) {
		UUID me = employees.myId();
		Exam exam = store.exam(examId).orElseThrow(() -> new NotFoundException("TrainingExam", examId));
		Instant now = clock.instant();
		List<Attempt> attempts = store.attempts(examId, me);
		if (attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()))) {
			throw new BusinessRuleException("error.training.exam.alreadyPassed", exam.title());
		}
		Optional<Attempt> open = attempts.stream().filter(a -> a.open(now)).findFirst();
		if (open.isPresent()) {
			return view(exam, open.get(), attempts.size());
		}
		if (attempts.size() >= exam.maxAttempts()) {
			throw new BusinessRuleException("error.training.exam.noAttemptsLeft", exam.maxAttempts());
		}
		List<UUID> drawn = QuestionDraw.draw(store.bank(exam.bank()), exam.questionCount(), random);
		UUID id = store.start(examId, me, drawn, now, now.plus(Duration.ofMinutes(exam.timeLimitMinutes())));
		audit.recordChange("START", "TrainingExamAttempt", id, null, Map.of("exam", exam.code()));
		return view(exam, store.attempt(id).orElseThrow(), attempts.size() + 1);
	}

	@Override
	public ResultView submit(UUID attemptId, Map<UUID, String> answers) {
		UUID me = employees.myId();
		Attempt attempt = store.attempt(attemptId)
			.filter(a -> a.employeeId().equals(me))
			.orElseThrow(() -> new NotFoundException("TrainingExamAttempt", attemptId));
		if (attempt.submittedAt() != null) {
			throw new BusinessRuleException("error.training.exam.submitted");
		}
		Instant now = clock.instant();
		if (attempt.late(now)) {
			throw new BusinessRuleException("error.training.exam.timeUp", attempt.deadline());
		}
		Exam exam = store.exam(attempt.examId()).orElseThrow();
		Grading.Graded graded = Grading.grade(ordered(attempt), answers == null ? Map.of() : answers);
		boolean passed = graded.passed(exam.passMark());
		CertificateIssuer.Issued issued = null;
		if (passed && exam.certificateType() != null) {
			issued = issuer.issue(me, exam.certificateType(), exam.titleZh() + " / " + exam.titleEn()).orElse(null);
		}
		if (passed && exam.courseId() != null) {
			completions.completeCourse(me, exam.courseId());
		}
		store.submit(attemptId, now, graded.score(), passed, issued == null ? null : issued.certificateId());
		audit.recordChange("SUBMIT", "TrainingExamAttempt", attemptId, null, Map.of("exam", exam.code(), "score",
				graded.score(), "passed", passed));
		return new ResultView(attemptId, graded.score(), exam.passMark(), passed, graded.wrongAnswers(),
				issued == null ? null : issued.certificateId(), issued == null ? null : issued.verifyCode());
	}

	private List<Question> ordered(Attempt attempt) {
		Map<UUID, Question> byId = store.questions(attempt.questionIds()).stream()
			.collect(Collectors.toMap(Question::id, Function.identity()));
		return attempt.questionIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	private AttemptView view(Exam exam, Attempt attempt, int number) {
		return new AttemptView(attempt.id(), exam.id(), exam.title(), attempt.deadline(), number, exam.maxAttempts(),
				ordered(attempt).stream().map(Question::asked).toList());
	}
}
