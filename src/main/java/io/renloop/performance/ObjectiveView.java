package io.renloop.performance;

import io.renloop.performance.SaveObjective.ObjectiveOwner;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An objective with its progress and the objectives aligned below it, as the cascade tree shows it.
 *
 * @param progress the mean progress of its key results, 0 to 100
 * @param children the objectives that align to this one
 */
public record ObjectiveView(UUID id, UUID cycleId, UUID parentId, ObjectiveOwner ownerKind, UUID ownerId,
		String ownerName, String title, List<KeyResult> keyResults, BigDecimal progress, Instant updatedAt,
		List<ObjectiveView> children) {
}
