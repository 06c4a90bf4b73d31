package io.renloop.attendance;

import java.time.Instant;

/**
 * HR reopened a closed month (with an audited reason): its frozen results no longer hold, and payroll must wait for
 * the next {@link AttendancePeriodClosed}.
 */
public record AttendancePeriodReopened(String tenantId, String period, String reason, Instant reopenedAt) {
}
