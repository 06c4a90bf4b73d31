package io.renloop.recruitment.internal.talentpool;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A talent-pool hit.
 * @param candidateId the candidate's id
 * @param score the fused relevance, higher is better; comparable only within one result list
 */
public record RankedCandidate(String candidateId, double score) {

	/** The best {@code size} of fused scores by candidate; ties broken by candidate id so results are deterministic. */
	static List<RankedCandidate> best(Map<String, Double> scores, int size) {
		return scores.entrySet()
			.stream()
			.map(entry -> new RankedCandidate(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingDouble(RankedCandidate::score)
				.reversed()
				.thenComparing(RankedCandidate::candidateId))
			.limit(size)
			.toList();
	}
}
