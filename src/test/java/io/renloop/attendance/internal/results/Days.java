package io.renloop.attendance.internal.results;

import io.renloop.attendance.DayType;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** Test data: shifts, plans and instants in Asia/Shanghai. */
final class Days {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final ShiftTimes DAY = new ShiftTimes("STD", LocalTime.of(9, 0), LocalTime.of(18, 0), 480);

	static final ShiftTimes NIGHT = new ShiftTimes("N", LocalTime.of(22, 0), LocalTime.of(6, 0), 480);

	private Days() {
	}

	static ScheduledDay working(String date, ShiftTimes shift) {
		return new ScheduledDay(LocalDate.parse(date), DayType.WORKDAY, shift);
	}

	static ScheduledDay off(String date, DayType type) {
		return new ScheduledDay(LocalDate.parse(date), type, null);
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}
}
