package io.renloop.interview.internal;

import io.renloop.interview.AssessmentWeights;

/**
 * The composite of an AI score and a human score under a requisition's weights. Both present: the weighted mean.
 * One missing: the part that exists alone, with an effective weight of 100 — a missing part is never estimated.
 * Neither: no composite.
 *
 * @param composite 0–100 rounded to one decimal, or null
 * @param effective the weights applied
 * @param basis BOTH, AI_ONLY, HUMANS_ONLY or NONE
 */
record CompositeScore(Double composite, AssessmentWeights effective, String basis) {

	static CompositeScore of(Double ai, Double human, AssessmentWeights weights) {
		if (ai != null && human != null) {
			return new CompositeScore(ScorecardScores.round((ai * weights.ai() + human * weights.human()) / 100.0),
					weights, "BOTH");
		}
		if (ai != null) {
			return new CompositeScore(ScorecardScores.round(ai), new AssessmentWeights(100, 0), "AI_ONLY");
		}
		if (human != null) {
			return new CompositeScore(ScorecardScores.round(human), new AssessmentWeights(0, 100), "HUMANS_ONLY");
		}
		return new CompositeScore(null, new AssessmentWeights(0, 0), "NONE");
	}
}
