package io.renloop.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A leave was approved: payroll pays or deducts the days, analytics counts them.
 *
 * @param dates the dates the leave covers (working days, or every date for calendar-day leave)
 */
public record LeaveApproved(String tenantId, UUID requestId, UUID employeeId, String type, LocalDate start,
		LocalDate end, List<LocalDate> dates, BigDecimal days, boolean paid) {
}
