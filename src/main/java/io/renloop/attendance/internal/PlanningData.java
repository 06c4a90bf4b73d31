package io.renloop.attendance.internal;

import io.renloop.attendance.CalendarDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a schedule is computed from, read in a handful of queries for any number of employees.
 *
 * @param parents each department's parent (absent for the root)
 * @param calendarOfDepartment the calendars HR assigned to departments
 * @param defaultCalendar the tenant's default calendar
 * @param calendarDays every date of the period for each calendar in use
 * @param shifts the tenant's shifts by code
 * @param rotations the tenant's rotations by id
 * @param assignments the rotation assignments that overlap the period
 * @param entries days planned by hand per employee; a null shift code is a day off
 */
record PlanningData(Map<UUID, UUID> parents, Map<UUID, UUID> calendarOfDepartment, UUID defaultCalendar,
		Map<UUID, Map<LocalDate, CalendarDay>> calendarDays, Map<String, Shift> shifts, Map<UUID, Rotation> rotations,
		List<RotationAssignment> assignments, Map<UUID, Map<LocalDate, String>> entries) {
}
