package io.renloop.interview.internal;

import io.renloop.interview.InterviewPlanView;
import io.renloop.interview.InterviewReport;
import io.renloop.interview.InterviewSessions;
import io.renloop.interview.QuestionView;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.InterviewPlanDefinition.PlannedQuestion;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationCommands.MoveApplication;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.ApplicationViews.ApplicationDetails;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.Matches;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultInterviewSessions implements InterviewSessions {

	static final String ENTITY = "InterviewSession";

	private final InterviewSessionRepository sessions;

	private final SessionAnswerRepository answers;

	private final InterviewPlanRepository planRepository;

	private final DefaultInterviewPlans plans;

	private final QuestionBank bank;

	private final Applications applications;

	private final Matches matches;

	private final InterviewLinks links;

	private final InterviewReports reports;

	private final AuditTrail audit;


	private final Clock clock;

	private final Duration linkValidity;

	DefaultInterviewSessions(InterviewSessionRepository sessions, SessionAnswerRepository answers,
			InterviewPlanRepository planRepository, DefaultInterviewPlans plans, QuestionBank bank,
			Applications applications, Matches matches, InterviewLinks links, InterviewReports reports,
			AuditTrail audit, Clock clock, @Value("${renloop.interview.link-days:7}") int linkDays) {
		this.sessions = sessions;
		this.answers = answers;
		this.planRepository = planRepository;
		this.plans = plans;
		this.bank = bank;
		this.applications = applications;
		this.matches = matches;
		this.links = links;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
		this.linkValidity = Duration.ofDays(linkDays);
	}

	@Override
	@Transactional
	public SessionLink start(UUID applicationId) {
		ApplicationSummary application = application(applicationId);
		InterviewPlan stored = planRepository.findByRequisitionId(application.requisitionId())
			.orElseThrow(() -> new BusinessRuleException("interview.session.noPlan"));
		InterviewPlanView plan = plans.view(stored);
		Instant now = clock.instant();
		InterviewSession session = sessions.save(new InterviewSession(applicationId, application.candidateId(),
				application.requisitionId(), stored.dimensionWeights(), plan.passThreshold(), plan.timeLimitMinutes(),
				now.plus(linkValidity),
				CurrentUser.find().map(CurrentUser::email).orElse("system"), now));
		for (PlannedQuestion planned : plan.questions()) {
			QuestionView question = bank.get(planned.questionId());
			answers.save(new SessionAnswer(session.id(), question.id(), planned.order(), question.dimension(),
					question.timeLimitSeconds()));
		}
		if (application.stage() == ApplicationStage.SCREENED) {
			applications.move(applicationId, new MoveApplication(ApplicationStage.AI_INTERVIEW, null));
		}
		audit.recordChange("CREATE", ENTITY, session.id(), null, Map.of("applicationId", applicationId,
				"requisitionId", application.requisitionId(), "questions", plan.questions().size(), "expiresAt",
				session.expiresAt().toString()));
		return new SessionLink(session.id(), links.issue(TenantContext.require(), session.id(), session.expiresAt()));
	}

	@Override
	public InterviewReport report(UUID sessionId) {
		InterviewSession session = sessions.findById(sessionId)
			.orElseThrow(() -> new NotFoundException(ENTITY, sessionId));
		if (!session.submitted()) {
			throw new BusinessRuleException("interview.report.notSubmitted");
		}
		return reports.report(session, answers.findBySessionIdOrderByPosition(sessionId), plans.weights(session.dimensionWeights()));
	}

	/** The application through recruitment's public API: its candidate first, then the candidate's applications. */
	private ApplicationSummary application(UUID applicationId) {
		UUID candidateId = matches.ofApplication(applicationId).candidateId();
		return applications.candidate(candidateId)
			.applications()
			.stream()
			.map(ApplicationDetails::application)
			.filter(a -> a.id().equals(applicationId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
	}
}
