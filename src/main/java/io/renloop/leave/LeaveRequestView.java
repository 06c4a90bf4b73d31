package io.renloop.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A leave request as lists and the requester see it; {@code days} counts only the days the leave covers. */
public record LeaveRequestView(UUID id, UUID employeeId, String employeeName, String type, LocalDate start,
		LocalDate end, Half startHalf, Half endHalf, BigDecimal hours, BigDecimal days, boolean paid,
		LeaveStatus status, String reason, String decisionComment, String endedBecause) {
}
