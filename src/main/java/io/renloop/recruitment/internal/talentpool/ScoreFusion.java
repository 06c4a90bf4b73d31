package io.renloop.recruitment.internal.talentpool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges scored lists by a weighted sum of their scores, each list scaled to [0, 1] first: BM25 scores have no fixed
 * scale (they grow with the query's length), so they are divided by the list's best; cosines sit in a narrow band
 * that differs by model, so they are spread between the list's lowest (0) and highest (1). A hit missing from a
 * list gets 0 from it.
 */
final class ScoreFusion {

	private ScoreFusion() {
	}

	/** A list of hits, best first, with its scores and its weight; {@code fromZero} scales by the best score only. */
	record Scored(double weight, List<String> ids, List<Double> scores, boolean fromZero) {
	}

	/** The fused top {@code size}; ties broken by candidate id so results are deterministic. */
	static List<RankedCandidate> fuse(List<Scored> lists, int size) {
		Map<String, Double> fused = new LinkedHashMap<>();
		for (Scored list : lists) {
			if (list.weight() == 0 || list.ids().isEmpty()) {
				continue;
			}
			double max = list.scores().get(0);
			double min = list.fromZero() ? 0 : list.scores().get(list.scores().size() - 1);
			double range = max - min;
			for (int i = 0; i < list.ids().size(); i++) {
				double scaled = range <= 0 ? 1 : (list.scores().get(i) - min) / range;
				fused.merge(list.ids().get(i), list.weight() * scaled, Double::sum);
			}
		}
		return RankedCandidate.best(fused, size);
	}
}
