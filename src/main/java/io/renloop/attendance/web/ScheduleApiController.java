package io.renloop.attendance.web;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.DayType;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftTimes;
import io.renloop.attendance.WorkSchedules;
import io.renloop.employee.Employees;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading work calendars and employees' schedules. */
@RestController
@Tag(name = "Work calendars and schedules", description = "Day types of China's holiday arrangement and planned shifts")
class ScheduleApiController {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private final WorkSchedules schedules;

	private final Employees employees;

	ScheduleApiController(WorkSchedules schedules, Employees employees) {
		this.schedules = schedules;
		this.employees = employees;
	}

	@GetMapping("/api/v1/attendance/calendars/{calendarId}/days")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "The days of a work calendar", description = "One entry per date from `from` to `to` "
			+ "(at most 366 days): WORKDAY, REST_DAY, STATUTORY_HOLIDAY or MAKEUP_WORKDAY with the holiday's name. "
			+ "`calendarId` is the calendar's id or code; `default` names the tenant's default calendar.")
	List<CalendarDay> calendarDays(@PathVariable String calendarId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return schedules.calendarDays(calendarId, from, to);
	}

	@GetMapping("/api/v1/attendance/schedule")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "An employee's planned shifts", description = "One entry per date (at most 366 days) with "
			+ "the calendar's day type and the shift to work, null on a day off. Without `employeeId`, the caller's "
			+ "own; employees see themselves, managers their department subtree; others are not found (404).")
	List<ScheduleDayJson> schedule(@RequestParam(required = false) UUID employeeId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		UUID employee = employeeId != null ? employeeId : CurrentUser.require().employeeId();
		if (employee == null) {
			throw InvalidFieldsException.of("employeeId", "attendance.schedule.employeeRequired");
		}
		employees.get(employee); // the caller's data scope: not found outside it
		return schedules.schedule(employee, from, to).stream().map(ScheduleApiController::json).toList();
	}

	private static ScheduleDayJson json(ScheduledDay day) {
		ShiftTimes shift = day.shift();
		return new ScheduleDayJson(day.date(), day.dayType(), shift == null ? null
				: new ShiftJson(shift.code(), shift.start().format(HOURS), shift.end().format(HOURS)));
	}

	/** One date of a schedule; {@code shift} is null on a day off. */
	record ScheduleDayJson(LocalDate date, DayType dayType, ShiftJson shift) {
	}

	/** A shift's code and times; an end at or before the start is on the next day. */
	record ShiftJson(String code, String start, String end) {
	}
}
