package io.renloop.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A requisition was put on hold: it keeps its applications but stops counting against the headcount plan.
 *
 * @param tenantId the requisition's tenant
 * @param requisitionId the requisition
 * @param at when
 */
public record RequisitionPutOnHold(String tenantId, UUID requisitionId, Instant at) {
}
