package io.renloop.interview;

import io.renloop.interview.ScorecardDefinition.Rating;
import io.renloop.interview.ScorecardDefinition.Recommendation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored scorecard.
 *
 * @param interviewer the login of the interviewer who wrote it
 * @param score 0–100: the mean rating mapped linearly, 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100
 */
public record ScorecardView(UUID id, UUID applicationId, String interviewer, List<Rating> ratings, String comment,
		Recommendation recommendation, double score, Instant createdAt, Instant updatedAt) {
}
