package io.renloop.attendance.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A rotation worked by a team (a department and the units below it) or by one employee from a date, until
 * {@code effectiveTo} (inclusive) or open-ended.
 */
record RotationAssignment(UUID id, UUID rotationId, UUID departmentId, UUID employeeId, LocalDate effectiveFrom,
		LocalDate effectiveTo, int offsetDays) {

	boolean coversDate(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
	}
}
