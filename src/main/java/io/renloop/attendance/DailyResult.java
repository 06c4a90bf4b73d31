package io.renloop.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an employee's day came to: the plan (day type and shift), the first and last clock events that belong to it
 * (a night shift's morning clock-out belongs to the day the shift started), the minutes worked, late and left
 * early, the anomalies, the leave that covers it and the overtime that counts (approved, or by the tenant's rule).
 *
 * @param shift the planned shift, or null on a day off
 * @param leave the approved leave of the day, or null
 * @param overtimeWarning true when the day's overtime passes the 3 hours of Labour Law art. 41 (a warning only)
 */
public record DailyResult(LocalDate date, DayType dayType, ShiftTimes shift, Instant firstIn, Instant lastOut,
		int workedMinutes, int lateMinutes, int earlyLeaveMinutes, boolean absent, boolean missingPunch, Leave leave,
		Overtime overtime, boolean overtimeWarning) {

	/** Approved leave on the day: its type code, the share of the day (1, 0.5 ...) and whether it is paid. */
	public record Leave(String type, java.math.BigDecimal fraction, boolean paid, String half) {
	}

	/** Overtime that counts, by the kind of day it was worked on (150 %, 200 %, 300 % pay). */
	public record Overtime(int workdayMinutes, int restDayMinutes, int holidayMinutes) {

		public static final Overtime NONE = new Overtime(0, 0, 0);

		public int total() {
			return workdayMinutes + restDayMinutes + holidayMinutes;
		}
	}
}
