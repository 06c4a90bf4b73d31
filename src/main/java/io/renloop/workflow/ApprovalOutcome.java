package io.renloop.workflow;

/**
 * How a person decided an approval task, and so how the approval ended: APPROVED when the chain completed,
 * REJECTED when anyone rejected, RETURNED when it went back to the requester for changes.
 */
public enum ApprovalOutcome {
	APPROVED, REJECTED, RETURNED
}
