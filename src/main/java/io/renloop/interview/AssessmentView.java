package io.renloop.interview;

import java.util.List;
import java.util.UUID;

/**
 * The composite assessment of an application.
 *
 * @param candidateName the candidate's name
 * @param stage the application's stage
 * @param aiScore 0–100, the overall score of the latest submitted AI interview, or null without one
 * @param humanScore 0–100, the mean of the scorecards' scores, or null without scorecards
 * @param composite the weighted mean of the parts that exist, or null when neither does
 * @param weights the weights configured for the requisition
 * @param effectiveWeights the weights applied: the configured ones when both parts exist, else 100 for the part
 * that exists (and 0 for the other)
 * @param basis BOTH, AI_ONLY, HUMANS_ONLY or NONE
 * @param aiRecommendation ADVANCE when the AI interview meets its pass threshold, REVIEW otherwise, null without
 * one: a recommendation only, never a stage change
 * @param sessionId the AI interview the score comes from, or null
 * @param scorecards how many scorecards the human score is the mean of
 * @param decisions the decisions recorded on the application, newest first
 */
public record AssessmentView(UUID applicationId, UUID requisitionId, String candidateName, String stage, Double aiScore, Double humanScore,
		Double composite, AssessmentWeights weights, AssessmentWeights effectiveWeights, String basis,
		String aiRecommendation, UUID sessionId, int scorecards, List<HiringDecisionView> decisions) {
}
