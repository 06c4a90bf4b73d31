package io.renloop.attendance;

import java.time.Instant;

/**
 * A month's attendance was closed: its daily and monthly results are frozen and payroll may read them.
 *
 * @param period the month, {@code yyyy-MM}
 * @param employees how many employees have results for the month
 */
public record AttendancePeriodClosed(String tenantId, String period, int employees, Instant closedAt) {
}
