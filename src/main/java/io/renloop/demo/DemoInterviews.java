package io.renloop.demo;

import io.renloop.demo.DemoInterviewAnswers.Answered;
import io.renloop.interview.CandidateInterviews;
import io.renloop.interview.HumanReviews;
import io.renloop.interview.InterviewPlanDefinition;
import io.renloop.interview.InterviewPlanDefinition.PlannedQuestion;
import io.renloop.interview.InterviewPlans;
import io.renloop.interview.InterviewSessions;
import io.renloop.interview.InterviewSessions.SessionLink;
import io.renloop.interview.QuestionBank;
import io.renloop.interview.QuestionFilter;
import io.renloop.interview.QuestionView;
import io.renloop.interview.ScorecardDefinition;
import io.renloop.interview.ScorecardDefinition.Rating;
import io.renloop.interview.ScorecardDefinition.Recommendation;
import io.renloop.interview.Scorecards;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.RenloopPrincipal;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Seeds completed AI interviews of the demo tenant through the interview module's API, scored by the real scorer at
 * submission: a plan for three open requisitions, an interview of the applicant at stage INTERVIEWS (thorough answers)
 * and of the one at SCREENED (mostly thin answers, which moves them to AI_INTERVIEW), the demo interviewer's scorecard
 * of each applicant at INTERVIEWS, and one candidate's request for a human review.
 */
@Component
class DemoInterviews {

	private static final int PASS_THRESHOLD = 60;

	private final InterviewPlans plans;

	private final InterviewSessions sessions;

	private final CandidateInterviews candidates;

	private final Scorecards scorecards;

	private final HumanReviews reviews;

	private final QuestionBank bank;

	private final Requisitions requisitions;

	private final Applications applications;

	DemoInterviews(InterviewPlans plans, InterviewSessions sessions, CandidateInterviews candidates,
			Scorecards scorecards, HumanReviews reviews, QuestionBank bank, Requisitions requisitions,
			Applications applications) {
		this.plans = plans;
		this.sessions = sessions;
		this.candidates = candidates;
		this.scorecards = scorecards;
		this.reviews = reviews;
		this.bank = bank;
		this.requisitions = requisitions;
		this.applications = applications;
	}

	/**
	 * Seeds the interviews into the current tenant, whose open requisitions are those of {@code openings}.
	 * @param interviewer the demo interviewer, who writes the scorecards
	 * @return how many interviews were submitted
	 */
	int seed(List<DemoOpening> openings, CurrentUser interviewer) {
		Map<String, UUID> questions = bank.list(new QuestionFilter(null, null, null, null), 0, 500)
			.content()
			.stream()
			.collect(Collectors.toMap(QuestionView::key, QuestionView::id, (a, b) -> a));
		Map<String, RequisitionView> open = requisitions.list(RequisitionStatus.OPEN, 0, 200)
			.content()
			.stream()
			.collect(Collectors.toMap(RequisitionView::title, Function.identity(), (a, b) -> a));
		int submitted = 0;
		boolean reviewRequested = false;
		for (DemoOpening opening : openings) {
			List<Answered> answered = DemoInterviewAnswers.BY_POSITION.get(opening.positionCode());
			RequisitionView requisition = open.get(opening.title());
			if (answered == null || requisition == null) {
				continue;
			}
			List<PlannedQuestion> planned = new ArrayList<>();
			for (Answered a : answered) {
				planned.add(new PlannedQuestion(questions.get(a.questionKey()), planned.size() + 1));
			}
			plans.put(requisition.id(), new InterviewPlanDefinition(planned, null, PASS_THRESHOLD, null));
			for (ApplicationSummary application : applications.ofRequisition(requisition.id())) {
				boolean thorough = application.stage() == ApplicationStage.INTERVIEWS;
				if (!thorough && application.stage() != ApplicationStage.SCREENED) {
					continue;
				}
				String token = interview(application.id(), answered, questions, thorough);
				submitted++;
				if (thorough) {
					asPerson(interviewer, () -> scorecards.submit(application.id(), scorecard(opening)));
				}
				else if (!reviewRequested) {
					reviews.request(token, "我觉得自己的经验没有在文字回答里体现出来，希望能由面试官再看一下。");
					reviewRequested = true;
				}
			}
		}
		return submitted;
	}

	/** Starts, answers and submits one interview; a thin interview still answers its first question fully. */
	private String interview(UUID applicationId, List<Answered> answered, Map<String, UUID> questions,
			boolean thorough) {
		SessionLink link = sessions.start(applicationId);
		candidates.consent(link.token());
		for (int i = 0; i < answered.size(); i++) {
			Answered a = answered.get(i);
			candidates.answer(link.token(), questions.get(a.questionKey()), thorough || i == 0 ? a.thorough() : a.thin());
		}
		candidates.submit(link.token());
		return link.token();
	}

	private static ScorecardDefinition scorecard(DemoOpening opening) {
		List<Rating> ratings = new ArrayList<>();
		int[] values = { 4, 3, 4 };
		for (int i = 0; i < opening.model().dimensions().size(); i++) {
			ratings.add(new Rating(opening.model().dimensions().get(i).name(), values[i % values.length],
					i == 0 ? "现场追问时能说清楚处置步骤和原因" : null));
		}
		return new ScorecardDefinition(ratings, "基础扎实，表达清楚，建议进入下一轮。", Recommendation.YES);
	}

	/** Runs work as a signed-in demo user of the current tenant, as their own request would. */
	private static <T> T asPerson(CurrentUser user, java.util.function.Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		RenloopPrincipal principal = new RenloopPrincipal(user, null, false, true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return TenantContext.callAs(user.tenantId(), work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
