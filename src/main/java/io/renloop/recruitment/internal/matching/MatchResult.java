package io.renloop.recruitment.internal.matching;

import java.util.List;

/**
 * How well a candidate matches a requisition.
 * @param score 0–100, one decimal
 * @param mustHavesMet whether every must-have is met; when not, the score is capped
 * @param factors the parts of the score with their evidence
 */
public record MatchResult(double score, boolean mustHavesMet, List<MatchFactor> factors) {

	public MatchResult {
		factors = List.copyOf(factors);
	}
}
