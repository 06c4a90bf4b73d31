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
import io.renloop.platform.CurrentUser;
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
import org.springframework.stereotype.Component;

/**
 * Seeds completed AI interviews of the demo tenant through the interview module's API, scored by the real scorer at
 * submission: a plan for three open requisitions, an interview of the applicant at stage INTERVIEWS (thorough answers)
 * and of the one at SCREENED (mostly thin answers, which moves them to AI_INTERVIEW), an interview with the demo
 * interviewer and their scorecard of each applicant at INTERVIEWS, and one candidate's request for a human review.
 */
@Component
class DemoInterviews {

	private static final int PASS_THRESHOLD = 60;

	private final InterviewPlans plans;

	private final InterviewSessions sessions;

	private final CandidateInterviews candidates;

	private final DemoScorecards scorecards;

	private final HumanReviews reviews;

	private final QuestionBank bank;

	private final Requisitions requisitions;

	private final Applications applications;

	DemoInterviews(InterviewPlans plans, InterviewSessions sessions, CandidateInterviews candidates,
			DemoScorecards scorecards, HumanReviews reviews, QuestionBank bank, Requisitions requisitions,
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
					scorecards.interviewAndScore(application.id(), interviewer, opening);
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
}
