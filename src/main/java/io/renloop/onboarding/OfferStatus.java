package io.renloop.onboarding;

/**
 * Where an offer stands: PENDING_APPROVAL → APPROVED (the candidate's link is sent) → ACCEPTED (one-time code
 * pending) → SIGNED; or DECLINED by the candidate, REJECTED or RETURNED by an approver, WITHDRAWN by HR, EXPIRED
 * when the reply-by date passed. ACCEPTED and SIGNED offers reserve a place of the headcount plan.
 */
public enum OfferStatus {
	PENDING_APPROVAL, APPROVED, ACCEPTED, SIGNED, DECLINED, REJECTED, RETURNED, WITHDRAWN, EXPIRED;

	/** Whether the offer still holds its application (one open offer per application). */
	public boolean open() {
		return this == PENDING_APPROVAL || this == APPROVED || this == ACCEPTED || this == SIGNED;
	}

	/** Whether the offer takes a place of the headcount plan. */
	public boolean reservesHeadcount() {
		return this == ACCEPTED || this == SIGNED;
	}
}
