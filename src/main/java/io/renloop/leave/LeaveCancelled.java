package io.renloop.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Approved leave was cancelled, wholly or (an early return) from some date: {@code dates} and {@code days} are what
 * is no longer leave.
 */
public record LeaveCancelled(String tenantId, UUID requestId, UUID employeeId, String type, LocalDate start,
		LocalDate end, List<LocalDate> dates, BigDecimal days, boolean paid) {
}
