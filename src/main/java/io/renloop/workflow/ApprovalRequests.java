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

	/** Every step of every approval of the subject, oldest first; empty when there was none. */
	List<ApprovalStep> history(String subjectType, UUID subjectId);
}
