package io.renloop.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A requisition was opened (or reopened after a hold) and accepts applications.
 *
 * @param tenantId the requisition's tenant
 * @param requisitionId the requisition
 * @param positionId the position hired for
 * @param departmentId the department the hires join
 * @param headcount people to hire
 * @param beyondPlan whether an HR admin opened it beyond the headcount plan
 * @param openedAt when
 */
public record RequisitionOpened(String tenantId, UUID requisitionId, UUID positionId, UUID departmentId,
		int headcount, boolean beyondPlan, Instant openedAt) {
}
