package io.renloop.attendance.internal;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftTimes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Computes employees' schedules in memory. For each date the first that applies wins: a day planned by hand (bulk
 * assignment, approved swap); the employee's own rotation; the rotation of the nearest team up the department tree;
 * else the standard shift on the calendar's working days. Rotations run through holidays (a mine does not stop):
 * the day type still tells payroll what a worked holiday is worth.
 */
final class SchedulePlanner {

	private final PlanningData data;

	private final Map<UUID, List<RotationAssignment>> byEmployee;

	private final Map<UUID, List<RotationAssignment>> byDepartment;

	private final Map<UUID, List<UUID>> chains = new HashMap<>();

	private final Map<String, ShiftTimes> times = new HashMap<>();

	SchedulePlanner(PlanningData data) {
		this.data = data;
		Comparator<RotationAssignment> latestFirst = Comparator.comparing(RotationAssignment::effectiveFrom).reversed();
		this.byEmployee = data.assignments()
			.stream()
			.filter(a -> a.employeeId() != null)
			.sorted(latestFirst)
			.collect(Collectors.groupingBy(RotationAssignment::employeeId));
		this.byDepartment = data.assignments()
			.stream()
			.filter(a -> a.departmentId() != null)
			.sorted(latestFirst)
			.collect(Collectors.groupingBy(RotationAssignment::departmentId));
		data.shifts().forEach((code, shift) -> times.put(code, shift.times()));
	}

	/** The department and its ancestors, nearest first. */
	List<UUID> chain(UUID departmentId) {
		return chains.computeIfAbsent(departmentId, start -> {
			List<UUID> chain = new ArrayList<>();
			for (UUID d = start; d != null && !chain.contains(d); d = data.parents().get(d)) {
				chain.add(d);
			}
			return chain;
		});
	}

	/** The nearest calendar assigned up the tree, else the default. */
	UUID calendarOf(UUID departmentId) {
		for (UUID d : chain(departmentId)) {
			UUID calendar = data.calendarOfDepartment().get(d);
			if (calendar != null) {
				return calendar;
			}
		}
		return data.defaultCalendar();
	}

	List<ScheduledDay> plan(UUID employeeId, UUID departmentId, LocalDate from, LocalDate to) {
		Map<LocalDate, CalendarDay> calendar = data.calendarDays().get(calendarOf(departmentId));
		Map<LocalDate, String> planned = data.entries().getOrDefault(employeeId, Map.of());
		List<ScheduledDay> days = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			CalendarDay day = calendar.get(date);
			ShiftTimes shift = planned.containsKey(date) ? shift(planned.get(date))
					: shiftOf(employeeId, departmentId, day);
			days.add(new ScheduledDay(date, day.type(), shift));
		}
		return days;
	}

	private ShiftTimes shiftOf(UUID employeeId, UUID departmentId, CalendarDay day) {
		RotationAssignment assignment = assignmentOn(employeeId, departmentId, day.date());
		if (assignment != null) {
			Rotation rotation = data.rotations().get(assignment.rotationId());
			return shift(rotation.slotOn(day.date(), assignment.offsetDays()));
		}
		return day.type().isWorkingDay() ? shift(Shift.STANDARD) : null;
	}

	private RotationAssignment assignmentOn(UUID employeeId, UUID departmentId, LocalDate date) {
		RotationAssignment own = effective(byEmployee.get(employeeId), date);
		if (own != null) {
			return own;
		}
		for (UUID d : chain(departmentId)) {
			RotationAssignment team = effective(byDepartment.get(d), date);
			if (team != null) {
				return team;
			}
		}
		return null;
	}

	private RotationAssignment effective(List<RotationAssignment> candidates, LocalDate date) {
		if (candidates != null) {
			for (RotationAssignment a : candidates) {
				if (a.coversDate(date) && data.rotations().containsKey(a.rotationId())) {
					return a;
				}
			}
		}
		return null;
	}

	/** A code no longer defined (deleted shift) plans nothing rather than failing the whole schedule. */
	private ShiftTimes shift(String code) {
		return code == null ? null : times.get(code);
	}
}
