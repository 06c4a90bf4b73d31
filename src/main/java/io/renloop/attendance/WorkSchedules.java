package io.renloop.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plan of work of the current tenant's employees: their calendar's days and the shifts they are assigned (the
 * tenant's standard day shift on the calendar's working days when no rotation or schedule is assigned).
 */
public interface WorkSchedules {

	/**
	 * One entry per date from {@code from} to {@code to} inclusive.
	 *
	 * @throws io.renloop.platform.NotFoundException if the employee is unknown in the current tenant
	 */
	List<ScheduledDay> schedule(UUID employeeId, LocalDate from, LocalDate to);

	/**
	 * The schedules of many employees at once, computed in memory from a handful of queries (calendars, rotations,
	 * days planned by hand), for bulk work such as the monthly close. Unknown employees are left out of the map.
	 * Ignores the caller's data scope: callers that serve people check it themselves.
	 */
	Map<UUID, List<ScheduledDay>> schedules(Collection<UUID> employeeIds, LocalDate from, LocalDate to);

	/** The days of a calendar of the current tenant; {@code "default"} names the tenant's default calendar. */
	List<CalendarDay> calendarDays(String calendarId, LocalDate from, LocalDate to);
}
