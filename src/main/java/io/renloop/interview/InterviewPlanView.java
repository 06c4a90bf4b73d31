package io.renloop.interview;

import io.renloop.interview.InterviewPlanDefinition.DimensionWeight;
import io.renloop.interview.InterviewPlanDefinition.PlannedQuestion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The interview plan of a requisition; questions are numbered 1, 2, 3… in the order they are asked.
 */
public record InterviewPlanView(UUID requisitionId, List<PlannedQuestion> questions,
		List<DimensionWeight> dimensionWeights, int passThreshold, Integer timeLimitMinutes, Instant updatedAt) {
}
