package io.renloop.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * The competency model of a position as stored.
 *
 * @param positionId the position it belongs to
 * @param positionName the position's name
 * @param model the model itself
 * @param updatedAt when it was last saved
 */
public record CompetencyModelView(UUID positionId, String positionName, CompetencyModel model, Instant updatedAt) {
}
