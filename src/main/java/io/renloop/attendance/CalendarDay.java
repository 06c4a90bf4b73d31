package io.renloop.attendance;

import java.time.LocalDate;

/**
 * One date of a work calendar; {@code name} is the holiday's name (e.g. 春节) or null on ordinary days.
 */
public record CalendarDay(LocalDate date, DayType type, String name) {
}
