package io.renloop.attendance;

import java.time.LocalDate;

/**
 * What one employee is planned to do on one date: the calendar's type of the day and the shift to work, or no shift
 * (a day off).
 */
public record ScheduledDay(LocalDate date, DayType dayType, ShiftTimes shift) {

	public boolean isWorking() {
		return shift != null;
	}
}
