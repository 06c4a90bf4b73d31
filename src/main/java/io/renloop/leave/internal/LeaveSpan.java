package io.renloop.leave.internal;

import io.renloop.attendance.ScheduledDay;
import io.renloop.leave.DayBasis;
import io.renloop.leave.Half;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a leave covers on an employee's schedule. A working-day leave counts only the days the schedule has a
 * shift (a make-up Saturday counts, the Spring Festival does not); a calendar-day leave counts every date. A start in
 * the afternoon or an end in the morning is half a day; leave by the hour is the hours' share of that day's shift.
 */
final class LeaveSpan {

	static final BigDecimal HALF = new BigDecimal("0.5");

	private static final int STANDARD_SHIFT_MINUTES = 480;

	/** One covered half day (or hours of a day) and its share of the day. */
	record Slot(LocalDate date, Half half, BigDecimal fraction) {
	}

	private final List<Slot> slots;

	private LeaveSpan(List<Slot> slots) {
		this.slots = List.copyOf(slots);
	}

	/**
	 * @param schedule one entry per date from start to end
	 * @param startHalf PM to begin in the afternoon of the first day, else the whole first day
	 * @param endHalf AM to end at noon of the last day, else the whole last day
	 * @param hours hours on a single day instead of halves, or null
	 */
	static LeaveSpan of(List<ScheduledDay> schedule, DayBasis basis, Half startHalf, Half endHalf, BigDecimal hours) {
		List<Slot> slots = new ArrayList<>();
		LocalDate first = schedule.get(0).date();
		LocalDate last = schedule.get(schedule.size() - 1).date();
		for (ScheduledDay day : schedule) {
			if (basis == DayBasis.WORKING_DAYS && !day.isWorking()) {
				continue;
			}
			if (hours != null) {
				int shiftMinutes = day.shift() == null ? STANDARD_SHIFT_MINUTES : day.shift().paidMinutes();
				BigDecimal fraction = hours.multiply(BigDecimal.valueOf(60))
					.divide(BigDecimal.valueOf(shiftMinutes), 2, RoundingMode.HALF_UP)
					.min(BigDecimal.ONE);
				slots.add(new Slot(day.date(), startHalf == null ? Half.AM : startHalf, fraction));
				continue;
			}
			boolean morning = !(day.date().equals(first) && startHalf == Half.PM);
			boolean afternoon = !(day.date().equals(last) && endHalf == Half.AM);
			if (morning) {
				slots.add(new Slot(day.date(), Half.AM, HALF));
			}
			if (afternoon) {
				slots.add(new Slot(day.date(), Half.PM, HALF));
			}
		}
		return new LeaveSpan(slots);
	}

	List<Slot> slots() {
		return slots;
	}

	BigDecimal days() {
		return plain(slots.stream().map(Slot::fraction).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** 7 rather than 7.0 or 7E+0: whole days print as integers, halves as 7.5. */
	static BigDecimal plain(BigDecimal days) {
		BigDecimal stripped = days.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	boolean isEmpty() {
		return slots.isEmpty();
	}
}
