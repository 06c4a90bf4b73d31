package io.renloop.training.internal.effect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Compares a performance item before and after a course: for each participant the score of their last result
 * published before they completed the course and of their first result published after. Only participants with both
 * count (n); a result published at the very instant of completion is neither.
 */
final class BeforeAndAfter {

	private BeforeAndAfter() {
	}

	record Completion(UUID employeeId, Instant completedAt) {
	}

	record Score(UUID employeeId, Instant publishedAt, BigDecimal score) {
	}

	/** The mean scores (two decimals, half up) of the n participants compared; null means when n is 0. */
	record Effect(int participants, BigDecimal before, BigDecimal after) {
	}

	static Effect of(List<Completion> completions, List<Score> scores) {
		Map<UUID, List<Score>> byEmployee = scores.stream().collect(Collectors.groupingBy(Score::employeeId));
		List<BigDecimal> before = new ArrayList<>();
		List<BigDecimal> after = new ArrayList<>();
		for (Completion completion : completions) {
			List<Score> own = byEmployee.getOrDefault(completion.employeeId(), List.of());
			Optional<Score> last = own.stream()
				.filter(s -> s.publishedAt().isBefore(completion.completedAt()))
				.max(Comparator.comparing(Score::publishedAt));
			Optional<Score> first = own.stream()
				.filter(s -> s.publishedAt().isAfter(completion.completedAt()))
				.min(Comparator.comparing(Score::publishedAt));
			if (last.isPresent() && first.isPresent()) {
				before.add(last.get().score());
				after.add(first.get().score());
			}
		}
		return new Effect(before.size(), mean(before), mean(after));
	}

	private static BigDecimal mean(List<BigDecimal> scores) {
		if (scores.isEmpty()) {
			return null;
		}
		return scores.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
	}
}
