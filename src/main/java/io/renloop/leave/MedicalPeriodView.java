package io.renloop.leave;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's 医疗期 (medical period for sick leave) as of today: its length by years of work and of service here,
 * the window in which sick days are counted, and the calendar days used in it.
 */
public record MedicalPeriodView(UUID employeeId, int yearsOfWork, int yearsOfService, int months, int windowMonths,
		LocalDate windowStart, long usedDays, long remainingDays) {
}
