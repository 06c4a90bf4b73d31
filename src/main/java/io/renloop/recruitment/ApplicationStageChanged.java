package io.renloop.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * An application moved from one stage to another.
 * @param tenantId the application's tenant
 */
public record ApplicationStageChanged(String tenantId, UUID applicationId, UUID candidateId, UUID requisitionId,
		ApplicationStage from, ApplicationStage to, Instant changedAt) {
}
