package io.renloop.organization;

import java.util.UUID;

/**
 * The headcount plan (编制) of one position in one department, against the employees filling it.
 */
public record HeadcountLine(UUID departmentId, String departmentName, UUID positionId, String positionName,
		int planned, long filled) {

	public long open() {
		return Math.max(0, planned - filled);
	}
}
