package io.renloop.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate applied to a requisition.
 * @param tenantId the requisition's tenant
 * @param duplicate whether the applicant was recognized as an existing candidate
 */
public record ApplicationReceived(String tenantId, UUID applicationId, UUID candidateId, UUID requisitionId, Channel channel,
		boolean duplicate, Instant receivedAt) {
}
