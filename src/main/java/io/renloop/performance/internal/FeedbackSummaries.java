package io.renloop.performance.internal;

import io.renloop.performance.FeedbackSummary;
import io.renloop.performance.FeedbackSummary.Group;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Summarizes 360 answers by relation, showing content only where enough answered to stay anonymous. */
final class FeedbackSummaries {

	private FeedbackSummaries() {
	}

	/** An answer (or an open request: no scores) of one rater. */
	record Answer(String relation, Map<String, BigDecimal> scores, String comment) {

		boolean answered() {
			return scores != null;
		}
	}

	static FeedbackSummary of(List<Answer> answers) {
		Map<String, List<Answer>> byRelation = answers.stream()
			.collect(Collectors.groupingBy(Answer::relation, TreeMap::new, Collectors.toList()));
		List<Group> groups = new ArrayList<>();
		byRelation.forEach((relation, all) -> {
			List<Answer> answered = all.stream().filter(Answer::answered).toList();
			boolean shown = answered.size() >= FeedbackSummary.ANONYMITY_THRESHOLD;
			groups.add(new Group(relation, all.size(), answered.size(), shown, shown ? means(answered) : Map.of(),
					shown ? comments(answered) : List.of()));
		});
		return new FeedbackSummary(groups);
	}

	private static Map<String, BigDecimal> means(List<Answer> answered) {
		Map<String, List<BigDecimal>> scores = new TreeMap<>();
		answered.forEach(a -> a.scores().forEach((k, v) -> scores.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
		Map<String, BigDecimal> means = new TreeMap<>();
		// a competency fewer than the threshold rated would single raters out: left out
		scores.forEach((competency, values) -> {
			if (values.size() >= FeedbackSummary.ANONYMITY_THRESHOLD) {
				means.put(competency, values.stream()
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
			}
		});
		return means;
	}

	/** Sorted, so that the order says nothing about who answered when. */
	private static List<String> comments(List<Answer> answered) {
		return answered.stream()
			.map(Answer::comment)
			.filter(c -> c != null && !c.isBlank())
			.map(String::strip)
			.sorted()
			.toList();
	}
}
