package io.renloop.interview.internal;

import io.renloop.interview.CandidateInterviewView;
import io.renloop.interview.CandidateInterviewView.CandidateQuestion;
import io.renloop.interview.CandidateInterviewView.Notice;
import io.renloop.interview.CandidateInterviews;
import io.renloop.interview.InterviewPlanDefinition.DimensionWeight;
import io.renloop.interview.InterviewScored;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SystemActor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate's side of an interview. The token names the tenant; every call checks it, then works as that
 * tenant's system actor in its own transaction, so no other tenant's data is reachable.
 */
@Service
class DefaultCandidateInterviews implements CandidateInterviews {

	/** The longest answer accepted, in characters. */
	static final int MAX_ANSWER = 5000;

	/** Seconds after a question's time limit in which an answer is still accepted (a slow connection). */
	static final long GRACE_SECONDS = 30;

	private final InterviewLinks links;

	private final InterviewSessionRepository sessions;

	private final SessionAnswerRepository answers;

	private final QuestionBank bank;

	private final InterviewScoring scoring;

	private final DefaultInterviewPlans plans;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final HumanReviewRequestRepository humanReviews;

	DefaultCandidateInterviews(InterviewLinks links, InterviewSessionRepository sessions,
			SessionAnswerRepository answers, QuestionBank bank, InterviewScoring scoring, DefaultInterviewPlans plans,
			ApplicationEventPublisher events, AuditTrail audit, MessageSource messages,
			TransactionTemplate transactions, JsonMapper json, Clock clock,
			HumanReviewRequestRepository humanReviews) {
		this.links = links;
		this.sessions = sessions;
		this.answers = answers;
		this.bank = bank;
		this.scoring = scoring;
		this.plans = plans;
		this.events = events;
		this.audit = audit;
		this.messages = messages;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.humanReviews = humanReviews;
	}

	@Override
	public CandidateInterviewView state(String token) {
		return inSession(token, session -> view(session, answers.findBySessionIdOrderByPosition(session.id())));
	}

	@Override
	public CandidateInterviewView consent(String token) {
		return inSession(token, session -> {
			if (!session.consented() && !session.submitted()) {
				session.consent(clock.instant());
				audit.recordChange("CONSENT", DefaultInterviewSessions.ENTITY, session.id(), null,
						Map.of("consentedAt", session.consentedAt().toString()));
			}
			return view(session, answers.findBySessionIdOrderByPosition(session.id()));
		});
	}

	@Override
	public CandidateInterviewView start(String token, UUID questionId) {
		return inSession(token, session -> {
			List<SessionAnswer> all = answers.findBySessionIdOrderByPosition(session.id());
			SessionAnswer answer = open(session, all, questionId);
			answer.start(clock.instant());
			return view(session, all);
		});
	}

	@Override
	public CandidateInterviewView answer(String token, UUID questionId, String text) {
		return inSession(token, session -> {
			List<SessionAnswer> all = answers.findBySessionIdOrderByPosition(session.id());
			SessionAnswer answer = open(session, all, questionId);
			if (text != null && text.length() > MAX_ANSWER) {
				throw new BusinessRuleException(413, "interview.answer.tooLong", MAX_ANSWER);
			}
			Instant now = clock.instant();
			answer.start(now);
			if (now.isAfter(answer.deadline(GRACE_SECONDS))) {
				throw new BusinessRuleException("interview.answer.late", answer.timeLimitSeconds());
			}
			Instant overall = session.overallDeadline(GRACE_SECONDS);
			if (overall != null && now.isAfter(overall)) {
				throw new BusinessRuleException("interview.answer.overallLate");
			}
			answer.save(text == null ? "" : text, now);
			return view(session, all);
		});
	}

	@Override
	public CandidateInterviewView submit(String token) {
		return inSession(token, session -> {
			refuseClosed(session);
			Instant now = clock.instant();
			List<SessionAnswer> all = answers.findBySessionIdOrderByPosition(session.id());
			scoring.scoreAnswers(all, now);
			List<DimensionWeight> weights = plans.weights(session.dimensionWeights());
			Map<String, Double> dimensions = InterviewScoring.dimensionScores(all, weights);
			double overall = InterviewScoring.overall(dimensions, weights);
			session.submit(BigDecimal.valueOf(overall), json.writeValueAsString(dimensions), now);
			audit.recordChange("SUBMIT", DefaultInterviewSessions.ENTITY, session.id(), null,
					Map.of("overall", overall, "dimensionScores", dimensions, "scorerVersion",
							InterviewScoring.SCORER_VERSION));
			events.publishEvent(new InterviewScored(session.tenantId(), session.applicationId(), session.candidateId(), session.id(),
					overall, dimensions, scoring.weaknesses(all, 5)));
			return view(session, all);
		});
	}

	/** The session of a valid token, in a transaction as its tenant; an expired session is gone (410). */
	private CandidateInterviewView inSession(String token, Function<InterviewSession, CandidateInterviewView> work) {
		InterviewLinks.Link link = links.verify(token);
		return SystemActor.callAs(link.tenantId(), () -> transactions.execute(status -> {
			InterviewSession session = sessions.findById(link.sessionId())
				.orElseThrow(() -> new BusinessRuleException(404, "interview.link.invalid"));
			if (!clock.instant().isBefore(session.expiresAt())) {
				throw new BusinessRuleException(410, "interview.link.expired");
			}
			return work.apply(session);
		}));
	}

	/** The answer row of a question, when the session accepts answers. */
	static SessionAnswer open(InterviewSession session, List<SessionAnswer> all, UUID questionId) {
		refuseClosed(session);
		return all.stream()
			.filter(a -> a.questionId().equals(questionId))
			.findFirst()
			.orElseThrow(() -> InvalidFieldsException.of("questionId", "interview.answer.unknownQuestion"));
	}

	static void refuseClosed(InterviewSession session) {
		if (session.submitted()) {
			throw new BusinessRuleException("interview.session.submitted");
		}
		if (!session.consented()) {
			throw new BusinessRuleException("interview.session.noConsent");
		}
	}

	private CandidateInterviewView view(InterviewSession session, List<SessionAnswer> all) {
		List<QuestionView> questions = all.stream().map(a -> bank.get(a.questionId())).toList();
		long chinese = questions.stream().filter(q -> "zh".equals(q.language())).count();
		String language = chinese * 2 >= questions.size() ? "zh" : "en";
		Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		Notice notice = new Notice(message("interview.notice.evaluation", locale),
				message("interview.notice.analysed", locale), message("interview.notice.notAnalysed", locale),
				message("interview.notice.humanDecision", locale));
		List<CandidateQuestion> shown = new java.util.ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			SessionAnswer answer = all.get(i);
			shown.add(new CandidateQuestion(answer.questionId(), answer.position(), questions.get(i).text(),
					answer.timeLimitSeconds(), answer.text(), answer.startedAt(), answer.deadline(GRACE_SECONDS),
					answer.savedAt()));
		}
		return new CandidateInterviewView(session.id(), session.status(), language, notice, session.consentedAt(),
				session.expiresAt(), session.submittedAt(), shown,
				humanReviews.findBySessionId(session.id()).map(DefaultHumanReviews::forCandidate).orElse(null));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
