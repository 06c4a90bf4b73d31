package io.renloop.attendance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * HR's work on the current tenant's calendars: edit a day, import a year's official holiday arrangement, add
 * calendars and assign them to departments (an employee's calendar is the nearest one assigned up the department
 * tree, else the default). Every change is audited.
 */
public interface WorkCalendars {

	List<CalendarView> calendars();

	/** A new calendar starts with the default calendar's days. */
	CalendarView create(SaveCalendar command);

	/** Sets the type (and name) of one date; {@code calendarId} as in {@link WorkSchedules#calendarDays}. */
	CalendarDay changeDay(String calendarId, LocalDate date, ChangeDay command);

	/**
	 * Replaces one year of a calendar from a notice in the holiday-cn JSON format; a bad file changes nothing and
	 * raises {@link io.renloop.platform.InvalidFieldsException} naming the problem.
	 */
	ImportedYear importYear(String calendarId, byte[] file);

	/** Assigns a calendar to a department and the units below it; a null calendar removes the assignment. */
	void assign(UUID departmentId, String calendarId);

	/** A calendar and the departments it is assigned to. */
	record CalendarView(UUID id, String code, String nameZh, String nameEn, boolean isDefault, List<UUID> departmentIds) {
	}

	record SaveCalendar(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
			@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn) {
	}

	record ChangeDay(@NotNull DayType type, @Size(max = 60) String name) {
	}

	/** What an import stored: the year and how many days of each non-ordinary type it has. */
	record ImportedYear(int year, long statutoryHolidays, long restDays, long makeupWorkdays) {
	}
}
