package io.renloop.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A requisition was closed for good.
 *
 * @param tenantId the requisition's tenant
 * @param requisitionId the requisition
 * @param positionId the position it hired for
 * @param departmentId the department
 * @param closedAt when
 */
public record RequisitionClosed(String tenantId, UUID requisitionId, UUID positionId, UUID departmentId, Instant closedAt) {
}
