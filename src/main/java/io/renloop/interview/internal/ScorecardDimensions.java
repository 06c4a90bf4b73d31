package io.renloop.interview.internal;

import io.renloop.interview.InterviewPlanDefinition.DimensionWeight;
import io.renloop.platform.BusinessRuleException;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.Requisitions;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The dimensions a scorecard rates: the requisition's interview plan's, else its competency model's. */
@Component
class ScorecardDimensions {

	private final InterviewPlanRepository planRepository;

	private final DefaultInterviewPlans plans;

	private final Requisitions requisitions;

	ScorecardDimensions(InterviewPlanRepository planRepository, DefaultInterviewPlans plans,
			Requisitions requisitions) {
		this.planRepository = planRepository;
		this.plans = plans;
		this.requisitions = requisitions;
	}

	/** The plan's weighted dimensions, else the competency model's; 409 with neither. */
	List<String> of(UUID requisitionId) {
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
}
