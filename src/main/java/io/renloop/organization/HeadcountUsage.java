package io.renloop.organization;

import java.util.Map;
import java.util.UUID;

/**
 * How many active employees fill each department and position; provided by the employee module so that
 * the organization module stays independent of it.
 */
public interface HeadcountUsage {

	Map<Slot, Long> filledSlots();

	record Slot(UUID departmentId, UUID positionId) {
	}
}
