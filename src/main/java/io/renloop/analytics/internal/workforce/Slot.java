package io.renloop.analytics.internal.workforce;

import java.util.UUID;

/** A position in a department: what a plan line, a headcount count and an exit count are about. */
public record Slot(UUID departmentId, UUID positionId) {
}
