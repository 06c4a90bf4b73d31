package io.renloop.leave.internal;

import io.renloop.leave.LeaveStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One request's days as a balance counts them: by type, status and the day the leave starts. */
record RequestedDays(String type, LeaveStatus status, LocalDate startDate, BigDecimal days) {
}
