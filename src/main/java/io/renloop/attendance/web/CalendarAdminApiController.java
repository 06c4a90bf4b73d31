package io.renloop.attendance.web;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.WorkCalendars;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** HR's administration of work calendars. */
@RestController
@Tag(name = "Work calendars", description = "Calendars, day edits, yearly holiday imports, department assignments")
class CalendarAdminApiController {

	private final WorkCalendars calendars;

	CalendarAdminApiController(WorkCalendars calendars) {
		this.calendars = calendars;
	}

	@GetMapping("/api/v1/attendance/calendars")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "The tenant's calendars and the departments each is assigned to")
	List<WorkCalendars.CalendarView> list() {
		return calendars.calendars();
	}

	@PostMapping("/api/v1/attendance/calendars")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a calendar", description = "Starts with the default calendar's days; 409 when the code is taken")
	WorkCalendars.CalendarView create(@Valid @RequestBody WorkCalendars.SaveCalendar command) {
		return calendars.create(command);
	}

	@PutMapping("/api/v1/attendance/calendars/{calendarId}/days/{date}")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Set the type and name of one date", description = "Audited; `default` names the default calendar")
	CalendarDay changeDay(@PathVariable String calendarId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody WorkCalendars.ChangeDay command) {
		return calendars.changeDay(calendarId, date, command);
	}

	@PostMapping("/api/v1/attendance/calendars/{calendarId}/imports")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Import a year's official holiday arrangement", description = "Multipart field `file`: JSON "
			+ "in the holiday-cn format ({\"year\", \"days\": [{\"name\", \"date\", \"isOffDay\"}]}). Replaces the "
			+ "year; statutory holidays are derived from the law. A bad file → 400 naming the problem, nothing saved.")
	WorkCalendars.ImportedYear importYear(@PathVariable String calendarId, @RequestPart("file") MultipartFile file)
			throws IOException {
		return calendars.importYear(calendarId, file.getBytes());
	}

	@PutMapping("/api/v1/attendance/calendar-assignments/{departmentId}")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Assign a calendar to a department and the units below it",
			description = "Body {\"calendarId\": id or code}; null removes the assignment (the default applies)")
	void assign(@PathVariable UUID departmentId, @RequestBody CalendarChoice choice) {
		calendars.assign(departmentId, choice.calendarId());
	}

	/** The calendar to assign, null for none. */
	record CalendarChoice(String calendarId) {
	}
}
