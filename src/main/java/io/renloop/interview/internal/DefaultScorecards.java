package io.renloop.interview.internal;

import io.renloop.interview.InterviewPlanDefinition.DimensionWeight;
import io.renloop.interview.ScorecardDefinition;
import io.renloop.interview.ScorecardDefinition.Rating;
import io.renloop.interview.ScorecardView;
import io.renloop.interview.Scorecards;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.Requisitions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class DefaultScorecards implements Scorecards {

	static final String ENTITY = "Scorecard";

	private final ScorecardRepository scorecards;

	private final InterviewPlanRepository planRepository;

	private final DefaultInterviewPlans plans;

	private final Requisitions requisitions;

	private final Applications applications;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	DefaultScorecards(ScorecardRepository scorecards, InterviewPlanRepository planRepository,
			DefaultInterviewPlans plans, Requisitions requisitions, Applications applications, AuditTrail audit,
			JsonMapper json, Clock clock) {
		this.scorecards = scorecards;
		this.planRepository = planRepository;
		this.plans = plans;
		this.requisitions = requisitions;
		this.applications = applications;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Saved submit(UUID applicationId, ScorecardDefinition definition) {
		CurrentUser interviewer = Persons.require();
		ApplicationSummary application = applications.application(applicationId);
		check(definition.ratings(), dimensionsOf(application.requisitionId()));
		Instant now = clock.instant();
		Scorecard scorecard = scorecards.findByApplicationIdAndInterviewerId(applicationId, interviewer.userId())
			.orElse(null);
		boolean created = scorecard == null;
		Map<String, Object> before = created ? null : snapshot(view(scorecard));
		if (created) {
			scorecard = new Scorecard(applicationId, application.requisitionId(), interviewer.userId(),
					interviewer.email(), now);
		}
		scorecard.replace(json.writeValueAsString(definition.ratings()), blankToNull(definition.comment()),
				definition.recommendation(), now);
		ScorecardView saved = view(scorecards.save(scorecard));
		audit.recordChange(created ? "CREATE" : "UPDATE", ENTITY, saved.id(), before, snapshot(saved));
		return new Saved(saved, created);
	}

	@Override
	public List<ScorecardView> ofApplication(UUID applicationId) {
		applications.application(applicationId);
		return scorecards.findByApplicationIdOrderByCreatedAt(applicationId).stream().map(this::view).toList();
	}

	@Override
	public List<String> dimensions(UUID applicationId) {
		return dimensionsOf(applications.application(applicationId).requisitionId());
	}

	/** The plan's weighted dimensions, else the competency model's; 409 with neither. */
	private List<String> dimensionsOf(UUID requisitionId) {
		List<String> fromPlan = planRepository.findByRequisitionId(requisitionId)
			.map(plan -> plans.weights(plan.dimensionWeights()).stream().map(DimensionWeight::dimension).toList())
			.orElse(List.of());
		if (!fromPlan.isEmpty()) {
			return fromPlan;
		}
		CompetencyModel model = requisitions.get(requisitionId).competencyModel();
		if (model == null || model.dimensions().isEmpty()) {
			throw new BusinessRuleException("interview.scorecard.noDimensions");
		}
		return model.dimensions().stream().map(CompetencyModel.Dimension::name).toList();
	}

	private static void check(List<Rating> ratings, List<String> dimensions) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ratings.size(); i++) {
			Rating rating = ratings.get(i);
			String field = "ratings[" + i + "]";
			if (!dimensions.contains(rating.dimension())) {
				problems.add(new FieldProblem(field + ".dimension", "interview.scorecard.unknownDimension",
						rating.dimension(), String.join("、", dimensions)));
			}
			else if (!seen.add(rating.dimension())) {
				problems.add(new FieldProblem(field + ".dimension", "interview.scorecard.dimensionTwice",
						rating.dimension()));
			}
			if (rating.rating() == null || rating.rating() < 1 || rating.rating() > 5) {
				problems.add(new FieldProblem(field + ".rating", "interview.scorecard.ratingRange"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	ScorecardView view(Scorecard scorecard) {
		List<Rating> ratings = json.readValue(scorecard.ratings(), new TypeReference<List<Rating>>() {
		});
		return new ScorecardView(scorecard.id(), scorecard.applicationId(), scorecard.interviewer(), ratings,
				scorecard.comment(), scorecard.recommendation(), ScorecardScores.scorecard(ratings),
				scorecard.createdAt(), scorecard.updatedAt());
	}

	private static Map<String, Object> snapshot(ScorecardView scorecard) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("applicationId", scorecard.applicationId());
		state.put("interviewer", scorecard.interviewer());
		state.put("ratings", scorecard.ratings());
		state.put("recommendation", scorecard.recommendation());
		state.put("score", scorecard.score());
		return state;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
