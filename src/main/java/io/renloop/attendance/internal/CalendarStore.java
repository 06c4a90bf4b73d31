package io.renloop.attendance.internal;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.DayType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Calendars and their days, by plain JDBC with the tenant explicit: a year is 365 rows written in one batch. */
@Repository
class CalendarStore {

	private static final RowMapper<WorkCalendar> CALENDAR = (rs, n) -> new WorkCalendar(rs.getObject("id", UUID.class),
			rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getBoolean("is_default"));

	private static final String COLUMNS = "select id, code, name_zh, name_en, is_default from attendance.work_calendar ";

	private final JdbcTemplate jdbc;

	CalendarStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<WorkCalendar> all(String tenantId) {
		return jdbc.query(COLUMNS + "where tenant_id = ? order by is_default desc, code", CALENDAR, tenantId);
	}

	/** By id, by code, or {@code default}. */
	Optional<WorkCalendar> find(String tenantId, String idOrCode) {
		UUID id = uuidOrNull(idOrCode);
		List<WorkCalendar> found = id != null
				? jdbc.query(COLUMNS + "where tenant_id = ? and id = ?", CALENDAR, tenantId, id)
				: jdbc.query(COLUMNS + "where tenant_id = ? and code = ?", CALENDAR, tenantId, idOrCode);
		return found.stream().findFirst();
	}

	WorkCalendar defaultCalendar(String tenantId) {
		return jdbc.query(COLUMNS + "where tenant_id = ? and is_default", CALENDAR, tenantId).get(0);
	}

	/** Creates a calendar unless one with the code exists; true when created. */
	boolean create(String tenantId, WorkCalendar calendar) {
		return jdbc.update("insert into attendance.work_calendar (id, tenant_id, code, name_zh, name_en, is_default) "
				+ "values (?, ?, ?, ?, ?, ?) on conflict do nothing", calendar.id(), tenantId, calendar.code(),
				calendar.nameZh(), calendar.nameEn(), calendar.isDefault()) == 1;
	}

	/** Every date from {@code from} to {@code to}: stored rows, else the rule (law's holidays, weekends off). */
	Map<LocalDate, CalendarDay> days(String tenantId, UUID calendarId, LocalDate from, LocalDate to) {
		Map<LocalDate, CalendarDay> stored = new HashMap<>();
		jdbc.query("select day, day_type, name from attendance.calendar_day where tenant_id = ? and calendar_id = ? "
				+ "and day between ? and ?", rs -> {
					LocalDate day = rs.getDate("day").toLocalDate();
					stored.put(day, new CalendarDay(day, DayType.valueOf(rs.getString("day_type")), rs.getString("name")));
				}, tenantId, calendarId, Date.valueOf(from), Date.valueOf(to));
		Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			CalendarDay day = stored.get(date);
			days.put(date, day != null ? day : HolidayNotice.ordinary(date));
		}
		return days;
	}

	/** Replaces the days of one year of a calendar with the given ones. */
	void replaceYear(String tenantId, UUID calendarId, int year, List<CalendarDay> days) {
		jdbc.update("delete from attendance.calendar_day where tenant_id = ? and calendar_id = ? and day between ? and ?",
				tenantId, calendarId, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
		jdbc.batchUpdate("insert into attendance.calendar_day (tenant_id, calendar_id, day, day_type, name) "
				+ "values (?, ?, ?, ?, ?)", days, 500, (ps, day) -> {
					ps.setString(1, tenantId);
					ps.setObject(2, calendarId);
					ps.setDate(3, Date.valueOf(day.date()));
					ps.setString(4, day.type().name());
					ps.setString(5, day.name());
				});
	}

	/** Copies every stored day of one calendar to another (a new calendar starts as the default). */
	void copyDays(String tenantId, UUID fromCalendar, UUID toCalendar) {
		jdbc.update("insert into attendance.calendar_day (tenant_id, calendar_id, day, day_type, name) "
				+ "select tenant_id, ?, day, day_type, name from attendance.calendar_day where tenant_id = ? "
				+ "and calendar_id = ?", toCalendar, tenantId, fromCalendar);
	}

	void saveDay(String tenantId, UUID calendarId, CalendarDay day) {
		jdbc.update("insert into attendance.calendar_day (tenant_id, calendar_id, day, day_type, name) "
				+ "values (?, ?, ?, ?, ?) on conflict (calendar_id, day) do update set day_type = excluded.day_type, "
				+ "name = excluded.name", tenantId, calendarId, Date.valueOf(day.date()), day.type().name(), day.name());
	}

	/** The calendars HR assigned to departments. */
	Map<UUID, UUID> departmentCalendars(String tenantId) {
		Map<UUID, UUID> result = new HashMap<>();
		jdbc.query("select department_id, calendar_id from attendance.calendar_assignment where tenant_id = ?",
				rs -> {
					result.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
				}, tenantId);
		return result;
	}

	void assign(String tenantId, UUID departmentId, UUID calendarId) {
		if (calendarId == null) {
			jdbc.update("delete from attendance.calendar_assignment where tenant_id = ? and department_id = ?", tenantId,
					departmentId);
			return;
		}
		jdbc.update("insert into attendance.calendar_assignment (tenant_id, department_id, calendar_id) values (?, ?, ?) "
				+ "on conflict (tenant_id, department_id) do update set calendar_id = excluded.calendar_id", tenantId,
				departmentId, calendarId);
	}

	static UUID uuidOrNull(String text) {
		try {
			return text != null && text.length() == 36 ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
