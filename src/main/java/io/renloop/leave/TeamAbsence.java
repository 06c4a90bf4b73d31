package io.renloop.leave;

import java.time.LocalDate;
import java.util.UUID;

/** One employee away on one date, for the team calendar. */
public record TeamAbsence(UUID employeeId, String employeeName, LocalDate date, String type, Half half,
		LeaveStatus status) {
}
