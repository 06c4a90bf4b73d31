package io.renloop.performance;

import java.util.List;
import java.util.UUID;

/**
 * A request to a rater to give 360 feedback.
 *
 * @param competencies what to rate, 0–100 each
 */
public record FeedbackRequest(UUID id, UUID reviewId, String cycleName, String employeeName, String relation,
		String status, List<String> competencies) {
}
