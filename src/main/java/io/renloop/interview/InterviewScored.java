package io.renloop.interview;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A candidate's AI interview was submitted and scored.
 *
 * @param tenantId the candidate's tenant
 * @param overall 0–100
 * @param dimensionScores 0–100 per competency dimension of the plan that the interview asked about
 * @param weaknesses the rubric key points of the heaviest weight that the answers did not cover
 */
public record InterviewScored(String tenantId, UUID applicationId, UUID candidateId, UUID sessionId, double overall,
		Map<String, Double> dimensionScores, List<String> weaknesses) {

	public InterviewScored {
		dimensionScores = Map.copyOf(dimensionScores);
		weaknesses = List.copyOf(weaknesses);
	}
}
