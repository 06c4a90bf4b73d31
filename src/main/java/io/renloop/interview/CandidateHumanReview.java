package io.renloop.interview;

import java.time.Instant;

/**
 * A request for human review as the candidate sees it.
 *
 * @param status OPEN or ANSWERED
 * @param dueAt by when a person answers
 */
public record CandidateHumanReview(String status, Instant requestedAt, Instant dueAt, Instant answeredAt) {
}
