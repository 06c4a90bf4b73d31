package io.renloop.interview;

import java.time.Instant;
import java.util.UUID;

/**
 * A request for human review in the recruiters' queue.
 *
 * @param assignedTo the login of the requisition's owner
 * @param overdue whether it is still open after {@code dueAt}
 */
public record HumanReviewView(UUID id, UUID sessionId, UUID applicationId, UUID requisitionId, String assignedTo,
		String reason, String status, Instant requestedAt, Instant dueAt, boolean overdue,
		HumanReviewAnswer.Outcome outcome, String comment, String answeredBy, Instant answeredAt) {
}
