package io.renloop.workflow;

import java.util.List;
import java.util.UUID;

/**
 * Starts approvals and reads their history. The chain that runs is the one the current tenant configured for the
 * request's subject type; the outcome arrives as an {@link ApprovalDecided} event.
 */
public interface ApprovalRequests {

	/**
	 * Starts the approval of a subject in the current tenant, inside the caller's transaction.
	 *
	 * @return the id of the started approval
	 * @throws io.renloop.platform.BusinessRuleException when an approval of this subject is already running
	 */
	UUID start(ApprovalRequest request);

	/**
	 * Withdraws the running approval of a subject that its module ended without a decision (a leave request cancelled
	 * by its requester or by the last day, a shift swap cancelled by the last day), inside the caller's
	 * transaction: the process ends, its open tasks leave every inbox, and the history keeps a step named by the
	 * reason marked {@code [WITHDRAWN]}; audited. No {@link ApprovalDecided} follows: nobody decided.
	 *
	 * @param reason why, as a code for the history, e.g. {@code EMPLOYMENT_ENDED}
	 * @return false when no approval of the subject was running (none started, decided, or withdrawn before)
	 */
	boolean withdraw(String subjectType, UUID subjectId, String reason);

	/** Every step of every approval of the subject, oldest first; empty when there was none. */
	List<ApprovalStep> history(String subjectType, UUID subjectId);
}
