package io.renloop.attendance.internal.results;

import io.renloop.attendance.ShiftTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A shift placed on a date in the tenant's zone: the end is on the next day when the shift crosses midnight. */
record ShiftWindow(Instant start, Instant end) {

	static ShiftWindow of(LocalDate date, ShiftTimes shift, ZoneId zone) {
		Instant start = date.atTime(shift.start()).atZone(zone).toInstant();
		Instant end = (shift.crossesMidnight() ? date.plusDays(1) : date).atTime(shift.end()).atZone(zone).toInstant();
		return new ShiftWindow(start, end);
	}

	/** The same window later by the minutes (a flexible shift begun later ends as much later). */
	ShiftWindow later(int minutes) {
		return new ShiftWindow(start.plus(Duration.ofMinutes(minutes)), end.plus(Duration.ofMinutes(minutes)));
	}

	/** 0 inside the shift, else the seconds to its nearer edge. */
	long distanceSeconds(Instant at) {
		if (at.isBefore(start)) {
			return Duration.between(at, start).getSeconds();
		}
		return at.isAfter(end) ? Duration.between(end, at).getSeconds() : 0;
	}

	int minutes() {
		return (int) Duration.between(start, end).toMinutes();
	}

	/** Minutes of [from, to] that fall inside the shift. */
	int overlapMinutes(Instant from, Instant to) {
		Instant a = from.isAfter(start) ? from : start;
		Instant b = to.isBefore(end) ? to : end;
		return b.isAfter(a) ? (int) Duration.between(a, b).toMinutes() : 0;
	}
}
