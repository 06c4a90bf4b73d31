package io.renloop.recruitment;

/**
 * Where a requisition stands: DRAFT → OPEN ⇄ ON_HOLD, and CLOSED from any of them. Only OPEN requisitions
 * count against the headcount plan.
 */
public enum RequisitionStatus {
	DRAFT, OPEN, ON_HOLD, CLOSED
}
