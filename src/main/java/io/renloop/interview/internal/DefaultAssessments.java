package io.renloop.interview.internal;

import io.renloop.interview.AssessmentView;
import io.renloop.interview.AssessmentWeights;
import io.renloop.interview.Assessments;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SystemActor;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.Requisitions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultAssessments implements Assessments {

	static final String ENTITY = "AssessmentWeights";

	private final Applications applications;

	private final Requisitions requisitions;

	private final SubmittedSessions sessions;

	private final ScorecardRepository scorecards;

	private final DefaultScorecards scorecardViews;

	private final RequisitionAssessmentWeightsRepository weights;

	private final HiringDecisionRepository decisions;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultAssessments(Applications applications, Requisitions requisitions, SubmittedSessions sessions,
			ScorecardRepository scorecards, DefaultScorecards scorecardViews,
			RequisitionAssessmentWeightsRepository weights, HiringDecisionRepository decisions, AuditTrail audit,
			Clock clock) {
		this.applications = applications;
		this.requisitions = requisitions;
		this.sessions = sessions;
		this.scorecards = scorecards;
		this.scorecardViews = scorecardViews;
		this.weights = weights;
		this.decisions = decisions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public AssessmentView assess(UUID applicationId) {
		ApplicationSummary application = applications.application(applicationId);
		AssessmentWeights configured = stored(application.requisitionId());
		InterviewSession session = sessions.latest(applicationId).orElse(null);
		Double ai = session == null || session.overall() == null ? null : session.overall().doubleValue();
		List<Double> scorecardScores = scorecards.findByApplicationIdOrderByCreatedAt(applicationId)
			.stream()
			.map(s -> scorecardViews.view(s).score())
			.toList();
		Double human = ScorecardScores.human(scorecardScores);
		CompositeScore composite = CompositeScore.of(ai, human, configured);
		String recommendation = ai == null ? null : ai >= session.passThreshold() ? "ADVANCE" : "REVIEW";
		return new AssessmentView(applicationId, application.requisitionId(), application.candidateName(),
				application.stage().name(), ai, human,
				composite.composite(), configured, composite.effective(), composite.basis(), recommendation,
				session == null ? null : session.id(), scorecardScores.size(),
				decisions.findByApplicationIdOrderByDecidedAtDesc(applicationId)
					.stream()
					.map(DefaultHiringDecisions::view)
					.toList());
	}

	@Override
	public AssessmentWeights weights(UUID requisitionId) {
		requisitions.get(requisitionId);
		return stored(requisitionId);
	}

	@Override
	@Transactional
	public AssessmentWeights putWeights(UUID requisitionId, AssessmentWeights changed) {
		requisitions.get(requisitionId);
		int sum = changed.ai() + changed.human();
		if (sum != 100) {
			throw InvalidFieldsException.of("human", "interview.weights.sum", sum);
		}
		AssessmentWeights before = stored(requisitionId);
		RequisitionAssessmentWeights record = weights.findByRequisitionId(requisitionId)
			.orElseGet(() -> new RequisitionAssessmentWeights(requisitionId));
		record.set(changed.ai(), changed.human(), CurrentUser.find().map(CurrentUser::email).orElse(SystemActor.NAME),
				clock.instant());
		weights.save(record);
		audit.recordChange("UPDATE", ENTITY, requisitionId, Map.of("ai", before.ai(), "human", before.human()),
				Map.of("ai", changed.ai(), "human", changed.human()));
		return new AssessmentWeights(changed.ai(), changed.human());
	}

	private AssessmentWeights stored(UUID requisitionId) {
		return weights.findByRequisitionId(requisitionId)
			.map(w -> new AssessmentWeights(w.aiWeight(), w.humanWeight()))
			.orElse(AssessmentWeights.DEFAULT);
	}
}
