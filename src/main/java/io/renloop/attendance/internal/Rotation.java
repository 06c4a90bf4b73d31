package io.renloop.attendance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A repeating cycle of shifts and rest days, counted from its start date: 三班倒 {@code E,E,M,M,N,N,-,-} gives
 * two early, two middle and two night shifts, then two days off. {@value #REST} marks a day off.
 */
record Rotation(UUID id, String code, String nameZh, String nameEn, List<String> cycle, LocalDate startDate) {

	static final String REST = "-";

	Rotation {
		cycle = List.copyOf(cycle);
	}

	/** The shift code of the date, or null for a rest day; {@code offsetDays} moves a team along the cycle. */
	String slotOn(LocalDate date, int offsetDays) {
		long position = ChronoUnit.DAYS.between(startDate, date) + offsetDays;
		String slot = cycle.get((int) Math.floorMod(position, (long) cycle.size()));
		return REST.equals(slot) ? null : slot;
	}

	String cycleText() {
		return String.join(",", cycle);
	}

	static List<String> parseCycle(String text) {
		return List.of(text.split(",")).stream().map(String::strip).toList();
	}
}
