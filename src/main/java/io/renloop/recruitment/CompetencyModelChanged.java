package io.renloop.recruitment;

import java.util.UUID;

/**
 * A position's competency model was created or replaced; what its requisitions ask of candidates changed.
 * @param tenantId the position's tenant
 * @param positionId the position
 */
public record CompetencyModelChanged(String tenantId, UUID positionId) {
}
