package io.renloop.attendance.internal.results;

import io.renloop.attendance.ScheduledDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each clock event to the day whose shift it belongs to: the shift nearest to the event, within
 * {@link #REACH} of its start or end. So a night shift's 06:05 clock-out belongs to the day the shift started
 * (also across a month end), and an early arrival to the shift it opens. Events near no shift (work on a day off)
 * belong to their own calendar date.
 */
final class ShiftAttribution {

	/** How far before a shift's start or after its end an event still belongs to it. */
	static final Duration REACH = Duration.ofHours(6);

	private ShiftAttribution() {
	}

	/**
	 * @param days the employee's schedule, covering at least the day before and after the events' dates
	 * @param events the employee's events, in any order
	 * @return the events of each day, in time order
	 */
	static Map<LocalDate, List<Instant>> attribute(List<ScheduledDay> days, List<Instant> events, ZoneId zone) {
		Map<LocalDate, ShiftWindow> windows = new HashMap<>();
		for (ScheduledDay day : days) {
			if (day.isWorking()) {
				windows.put(day.date(), ShiftWindow.of(day.date(), day.shift(), zone));
			}
		}
		Map<LocalDate, List<Instant>> byDay = new HashMap<>();
		for (Instant event : events.stream().sorted().toList()) {
			byDay.computeIfAbsent(dayOf(event, windows, zone), d -> new ArrayList<>()).add(event);
		}
		return byDay;
	}

	private static LocalDate dayOf(Instant event, Map<LocalDate, ShiftWindow> windows, ZoneId zone) {
		LocalDate local = event.atZone(zone).toLocalDate();
		LocalDate best = null;
		long bestDistance = REACH.getSeconds() + 1;
		for (LocalDate candidate : List.of(local.minusDays(1), local, local.plusDays(1))) {
			ShiftWindow window = windows.get(candidate);
			if (window != null) {
				long distance = window.distanceSeconds(event);
				if (distance < bestDistance) {
					best = candidate;
					bestDistance = distance;
				}
			}
		}
		return best == null ? local : best;
	}
}
