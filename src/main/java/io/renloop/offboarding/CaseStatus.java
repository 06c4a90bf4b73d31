package io.renloop.offboarding;

/**
 * Where a leaving case stands: waiting for approval, approved (checklists being worked), sent back or rejected by
 * an approver, withdrawn, or ended on the last day (the employee left).
 */
public enum CaseStatus {
	PENDING_APPROVAL, APPROVED, RETURNED, REJECTED, WITHDRAWN, LEFT;

	/** Whether the case still runs, so that no second case may open for the employee. */
	public boolean open() {
		return this == PENDING_APPROVAL || this == APPROVED || this == RETURNED;
	}
}
