package io.renloop.interview.internal;

import io.renloop.interview.ScorecardDefinition.Rating;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Turns 1–5 ratings into 0–100 scores: a rating r maps linearly to (r − 1) × 25, so 1 → 0, 3 → 50 and 5 → 100. A
 * scorecard's score is the mean of its mapped ratings (every rated dimension counts the same); the human score of
 * an application is the mean of its scorecards' scores. Scores are rounded to one decimal.
 */
final class ScorecardScores {

	private ScorecardScores() {
	}

	static double mapped(int rating) {
		return (rating - 1) * 25.0;
	}

	static double scorecard(List<Rating> ratings) {
		return round(ratings.stream().mapToDouble(r -> mapped(r.rating())).average().orElse(0));
	}

	/** The mean of the scorecards' scores, or null without any. */
	static Double human(Collection<Double> scorecardScores) {
		OptionalDouble mean = scorecardScores.stream().mapToDouble(Double::doubleValue).average();
		return mean.isPresent() ? round(mean.getAsDouble()) : null;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
