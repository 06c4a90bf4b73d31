package io.renloop.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current user's side of approvals: their open tasks, their decisions and their delegation while away.
 */
public interface ApprovalInbox {

	/** Open tasks the current user may decide (assigned, candidate, or delegated to them), oldest first. */
	List<InboxTask> inbox();

	/**
	 * Decides a task. Unknown tasks and tasks of other tenants raise {@code NotFoundException}; a task that is not
	 * the user's raises a 403 {@code BusinessRuleException}; a task already decided (also by a concurrent request)
	 * a 409 one.
	 */
	void decide(String taskId, ApprovalOutcome outcome, String comment);

	/** The current user's delegation, or null. */
	Delegation delegation();

	/** Sets the current user's delegation and hands over their open tasks when the window includes today. */
	Delegation delegate(Delegation delegation);

	/** The history of a subject for a participant or an approval administrator, else a 403. */
	List<ApprovalStep> history(String subjectType, UUID subjectId);

	/**
	 * One open task.
	 *
	 * @param taskId the task to decide
	 * @param approvalId the approval it belongs to
	 * @param subjectType what is approved
	 * @param subjectId the subject in its module
	 * @param title the line the requester gave
	 * @param stepName the step of the chain
	 * @param amount the request's amount, or null
	 * @param attributes the request's further values
	 * @param createdAt when the task arrived
	 * @param dueAt when a reminder goes out, or null
	 * @param onBehalfOf the user the task was delegated from, or null
	 */
	record InboxTask(String taskId, UUID approvalId, String subjectType, UUID subjectId, String title,
			String stepName, BigDecimal amount, Map<String, Object> attributes, Instant createdAt, Instant dueAt,
			UUID onBehalfOf) {
	}

	/**
	 * Tasks arriving between from and to (inclusive) go to the delegate.
	 *
	 * @param delegateUserId the user who decides instead
	 * @param from first day
	 * @param to last day
	 */
	record Delegation(UUID delegateUserId, LocalDate from, LocalDate to) {
	}
}
