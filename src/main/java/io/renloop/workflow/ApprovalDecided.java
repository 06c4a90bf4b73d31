package io.renloop.workflow;

import java.util.UUID;

/**
 * An approval ended: the whole chain approved, or one approver rejected or returned it.
 *
 * @param tenantId the tenant of the subject
 * @param subjectType what was approved, e.g. {@code offer}
 * @param subjectId the id of the subject in its module
 * @param outcome how it ended
 * @param decidedBy the user who made the deciding decision
 * @param comment that person's comment, possibly null
 */
public record ApprovalDecided(String tenantId, String subjectType, UUID subjectId, ApprovalOutcome outcome,
		UUID decidedBy, String comment) {
}
