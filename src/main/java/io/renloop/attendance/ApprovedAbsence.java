package io.renloop.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One day (or part of a day) an employee is away on approved leave: {@code fraction} is 1 for a whole day, 0.5 for
 * half a day ({@code half} AM or PM), or the hours' share of the shift for leave taken by the hour.
 */
public record ApprovedAbsence(UUID employeeId, LocalDate date, String leaveType, boolean paid, BigDecimal fraction,
		String half) {
}
