package io.renloop.recruitment.internal.talentpool;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges ranked lists by summing {@code 1 / (k + rank)}: robust to the different scales of BM25 and vector
 * scores, which cannot be added directly.
 */
final class ReciprocalRankFusion {

	/** The customary constant; it damps the weight of the very first ranks. */
	static final int K = 60;

	private ReciprocalRankFusion() {
	}

	/** The fused top {@code size}; ties broken by candidate id so results are deterministic. */
	static List<RankedCandidate> fuse(List<List<String>> rankings, int size) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (List<String> ranking : rankings) {
			for (int rank = 0; rank < ranking.size(); rank++) {
				scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
			}
		}
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
