package io.renloop.attendance;

import java.time.LocalTime;

/**
 * A shift as a schedule shows it: {@code end} before {@code start} means the shift crosses midnight and ends on the
 * next day; {@code paidMinutes} is the working time without unpaid breaks.
 */
public record ShiftTimes(String code, LocalTime start, LocalTime end, int paidMinutes) {

	public boolean crossesMidnight() {
		return !end.isAfter(start);
	}
}
