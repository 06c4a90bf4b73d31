package io.renloop.recruitment.internal.talentpool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges ranked lists by summing {@code weight / (k + rank)}: robust to the different scales of BM25 and vector
 * scores, which cannot be added directly. The weights let the ranking that proved more precise lead.
 */
final class ReciprocalRankFusion {

	private ReciprocalRankFusion() {
	}

	/** A ranking and its weight in the fusion. */
	record Ranking(double weight, List<String> ids) {
	}

	/** The fused top {@code size}; ties broken by candidate id so results are deterministic. */
	static List<RankedCandidate> fuse(List<Ranking> rankings, int k, int size) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (Ranking ranking : rankings) {
			if (ranking.weight() == 0) {
				continue;
			}
			for (int rank = 0; rank < ranking.ids().size(); rank++) {
				scores.merge(ranking.ids().get(rank), ranking.weight() / (k + rank + 1), Double::sum);
			}
		}
		return RankedCandidate.best(scores, size);
	}
}
