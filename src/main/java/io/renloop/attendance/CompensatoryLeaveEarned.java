package io.renloop.attendance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Overtime on an employee's rest day was approved with compensation {@code LEAVE}: the employee earns compensatory
 * leave (调休假) instead of overtime pay. Leave credits it to the employee's compensatory balance, once per request.
 *
 * @param overtimeRequestId the approved overtime request, the key that makes the credit idempotent
 * @param workDate the rest day worked
 * @param minutes the approved minutes
 */
public record CompensatoryLeaveEarned(String tenantId, UUID overtimeRequestId, UUID employeeId, LocalDate workDate,
		int minutes) {
}
