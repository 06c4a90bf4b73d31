package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.interview.AssessmentView;
import io.renloop.interview.Assessments;
import io.renloop.interview.HiringDecisionView;
import io.renloop.interview.HiringDecisions;
import io.renloop.interview.InterviewReport;
import io.renloop.interview.InterviewSessions;
import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.ApplicationViews.CandidateDetails;
import io.renloop.recruitment.Matches;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What recruitment and interview know of a hire's candidacy: the application, its match, the AI interview report
 * and the people's decisions. Each part is read in a transaction of its own, so that a part that does not exist
 * (no match computed, no AI interview) leaves the others and the completion untouched.
 */
@Component
class CandidacyFacts {

	private static final Logger log = LoggerFactory.getLogger(CandidacyFacts.class);

	private final CandidatePrefill candidates;

	private final Matches matches;

	private final Assessments assessments;

	private final InterviewSessions sessions;

	private final HiringDecisions decisions;

	private final TransactionTemplate separate;

	CandidacyFacts(CandidatePrefill candidates, Matches matches, Assessments assessments, InterviewSessions sessions,
			HiringDecisions decisions, PlatformTransactionManager transactions) {
		this.candidates = candidates;
		this.matches = matches;
		this.assessments = assessments;
		this.sessions = sessions;
		this.decisions = decisions;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separate.setReadOnly(true);
	}

	Candidacy of(UUID candidateId, UUID applicationId) {
		CandidateDetails candidate = attempt("candidate", () -> candidates.candidate(candidateId)).orElse(null);
		ApplicationSummary application = candidate == null ? null
				: candidate.applications().stream()
					.map(details -> details.application())
					.filter(summary -> summary.id().equals(applicationId))
					.findFirst()
					.orElse(null);
		ApplicationMatch match = attempt("match", () -> matches.ofApplication(applicationId)).orElse(null);
		InterviewReport report = attempt("assessment", () -> assessments.assess(applicationId))
			.map(AssessmentView::sessionId)
			.flatMap(session -> attempt("report", () -> sessions.report(session)))
			.orElse(null);
		List<HiringDecisionView> decided = attempt("decisions", () -> decisions.ofApplication(applicationId))
			.orElse(List.of());
		return new Candidacy(candidate, application, match, report, decided);
	}

	private <T> Optional<T> attempt(String part, Supplier<T> read) {
		try {
			return Optional.ofNullable(separate.execute(status -> read.get()));
		}
		catch (RuntimeException ex) {
			log.info("No {} for the candidacy: {}", part, ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * @param candidate the candidate, or null when unknown
	 * @param application the application of the offer, or null
	 * @param match its match, or null when none was computed
	 * @param report the AI interview's report, or null without one
	 * @param decisions the decisions on the application, newest first
	 */
	record Candidacy(CandidateDetails candidate, ApplicationSummary application, ApplicationMatch match,
			InterviewReport report, List<HiringDecisionView> decisions) {
	}
}
