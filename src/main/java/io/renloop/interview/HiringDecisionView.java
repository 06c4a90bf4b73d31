package io.renloop.interview;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded decision with the assessment it was taken on.
 *
 * @param decidedBy the login of the person who decided
 */
public record HiringDecisionView(UUID id, UUID applicationId, DecisionCommand.Outcome outcome, String reason,
		String fromStage, String toStage, Double aiScore, Double humanScore, Double composite, String decidedBy,
		Instant decidedAt) {
}
