package io.renloop.interview.internal;

import io.renloop.interview.AnswerScore;
import io.renloop.interview.CandidateFeedback;
import io.renloop.interview.CandidateFeedbacks;
import io.renloop.interview.FeedbackRelease;
import io.renloop.interview.InterviewTokens;
import io.renloop.interview.internal.FeedbackDrafts.DimensionSummary;
import io.renloop.interview.internal.FeedbackDrafts.Endpoint;
import io.renloop.interview.internal.FeedbackWriter.Wording;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.SystemActor;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate's feedback: released by the tenant's settings, written by rules from the stored evidence and,
 * when the tenant configured a reviewer, reworded by it outside any transaction. Scores are only read here.
 */
@Service
class DefaultCandidateFeedbacks implements CandidateFeedbacks {

	/** Stages that mean a person decided after the AI interview. */
	static final Set<ApplicationStage> DECIDED = EnumSet.of(ApplicationStage.INTERVIEWS, ApplicationStage.OFFER,
			ApplicationStage.HIRED, ApplicationStage.REJECTED, ApplicationStage.POOL);

	private final InterviewTokens tokens;

	private final InterviewSessionRepository sessions;

	private final SessionAnswerRepository answers;

	private final InterviewScoring scoring;

	private final InterviewReports reports;

	private final DefaultFeedbackSettings settings;

	private final FeedbackWriter writer;

	private final FeedbackDrafts drafts;

	private final Applications applications;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	DefaultCandidateFeedbacks(InterviewTokens tokens, InterviewSessionRepository sessions,
			SessionAnswerRepository answers, InterviewScoring scoring, InterviewReports reports,
			DefaultFeedbackSettings settings, FeedbackWriter writer, FeedbackDrafts drafts, Applications applications,
			AuditTrail audit, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.tokens = tokens;
		this.sessions = sessions;
		this.answers = answers;
		this.scoring = scoring;
		this.reports = reports;
		this.settings = settings;
		this.writer = writer;
		this.drafts = drafts;
		this.applications = applications;
		this.audit = audit;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public CandidateFeedback feedback(String token) {
		InterviewTokens.Subject subject = tokens.subject(token);
		Locale locale = "zh".equals(subject.language()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		Prepared prepared = SystemActor.callAs(subject.tenantId(),
				() -> transactions.execute(status -> prepare(subject, locale)));
		Wording wording = prepared.endpoint() == null ? prepared.wording()
				: drafts.draft(prepared.endpoint(), new FeedbackDrafts.Request(subject.language(), prepared.dimensions(),
						prepared.wording())).orElse(prepared.wording());
		return new CandidateFeedback(subject.sessionId(), subject.language(), wording.strengths(),
				wording.improvements(), wording.jobFit(), wording.closing());
	}

	private Prepared prepare(InterviewTokens.Subject subject, Locale locale) {
		InterviewSession session = sessions.findById(subject.sessionId())
			.orElseThrow(() -> new BusinessRuleException(404, "interview.link.invalid"));
		if (!session.submitted()) {
			throw new BusinessRuleException("interview.feedback.notSubmitted");
		}
		FeedbackSettingsRecord tenant = settings.current();
		if (!released(tenant, session)) {
			throw new BusinessRuleException("interview.feedback.notReleased");
		}
		FeedbackFacts facts = facts(session);
		Wording wording = writer.write(facts, locale);
		audit.recordSensitiveRead(DefaultInterviewSessions.ENTITY, session.id(), "candidateFeedback");
		Endpoint endpoint = tenant.reviewerOn() ? new Endpoint(tenant.reviewerBaseUrl(), tenant.reviewerModel(),
				settings.reviewerApiKey(tenant), Duration.ofSeconds(tenant.reviewerTimeoutSeconds())) : null;
		List<DimensionSummary> dimensions = facts.dimensions()
			.stream()
			.map(d -> new DimensionSummary(d.name(), d.strong()))
			.toList();
		return new Prepared(wording, dimensions, endpoint);
	}

	private boolean released(FeedbackSettingsRecord tenant, InterviewSession session) {
		FeedbackRelease release = tenant.feedbackRelease();
		return switch (release) {
			case NEVER -> false;
			case AFTER_SUBMIT -> true;
			case AFTER_DAYS -> !clock.instant()
				.isBefore(session.submittedAt().plus(Duration.ofDays(tenant.feedbackDelayDays())));
			case AFTER_DECISION -> applications.ofRequisition(session.requisitionId())
				.stream()
				.filter(a -> a.id().equals(session.applicationId()))
				.map(ApplicationSummary::stage)
				.anyMatch(DECIDED::contains);
		};
	}

	private FeedbackFacts facts(InterviewSession session) {
		Map<String, Double> scores = json.readValue(session.dimensionScores(), new TypeReference<Map<String, Double>>() {
		});
		Map<String, List<AnswerScore>> byDimension = new LinkedHashMap<>();
		for (SessionAnswer answer : answers.findBySessionIdOrderByPosition(session.id())) {
			byDimension.computeIfAbsent(answer.dimension(), d -> new java.util.ArrayList<>()).add(scoring.evidence(answer));
		}
		String fit = reports.jobFit(session.overall().doubleValue(), session.passThreshold(), Locale.ENGLISH).level();
		return FeedbackFacts.of(scores, byDimension, fit);
	}

	/** What the transaction hands to the reviewer step. */
	private record Prepared(Wording wording, List<DimensionSummary> dimensions, Endpoint endpoint) {
	}

}
