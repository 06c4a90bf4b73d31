package io.renloop.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of an approval's history: a task that was assigned, and how and by whom it was decided.
 *
 * @param approvalId the approval the step belongs to
 * @param taskId the task, or null for steps without one (started, ended)
 * @param name what the step was, e.g. "Department manager"
 * @param assigneeUserId who the task was assigned to, or null
 * @param decidedByUserId who decided it (the assignee, a delegate, or after escalation), or null while open
 * @param outcome how it was decided, or null while open
 * @param comment the decider's comment, possibly null
 * @param createdAt when the step began
 * @param decidedAt when it was decided, or null while open
 */
public record ApprovalStep(UUID approvalId, String taskId, String name, UUID assigneeUserId, UUID decidedByUserId,
		ApprovalOutcome outcome, String comment, Instant createdAt, Instant decidedAt) {
}
