package io.renloop.attendance.internal;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.DayType;
import io.renloop.attendance.WorkCalendars;
import io.renloop.organization.Organization;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class DefaultWorkCalendars implements WorkCalendars {

	private static final String ENTITY = "WorkCalendar";

	private final AttendanceDefaults defaults;

	private final CalendarStore store;

	private final Organization organization;

	private final AuditTrail audit;

	private final JsonMapper json;

	DefaultWorkCalendars(AttendanceDefaults defaults, CalendarStore store, Organization organization, AuditTrail audit,
			JsonMapper json) {
		this.defaults = defaults;
		this.store = store;
		this.organization = organization;
		this.audit = audit;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalendarView> calendars() {
		String tenant = tenant();
		Map<UUID, List<UUID>> departments = new HashMap<>();
		store.departmentCalendars(tenant)
			.forEach((department, calendar) -> departments.computeIfAbsent(calendar, c -> new ArrayList<>()).add(department));
		return store.all(tenant)
			.stream()
			.map(c -> new CalendarView(c.id(), c.code(), c.nameZh(), c.nameEn(), c.isDefault(),
					departments.getOrDefault(c.id(), List.of())))
			.toList();
	}

	@Override
	public CalendarView create(SaveCalendar command) {
		String tenant = tenant();
		WorkCalendar calendar = new WorkCalendar(UUID.randomUUID(), command.code(), command.nameZh().strip(),
				command.nameEn().strip(), false);
		if (!store.create(tenant, calendar)) {
			throw new BusinessRuleException("attendance.calendar.codeTaken", command.code());
		}
		store.copyDays(tenant, store.defaultCalendar(tenant).id(), calendar.id());
		audit.recordChange("CREATE", ENTITY, calendar.id(), null, Map.of("code", calendar.code(), "nameZh",
				calendar.nameZh(), "nameEn", calendar.nameEn()));
		return new CalendarView(calendar.id(), calendar.code(), calendar.nameZh(), calendar.nameEn(), false, List.of());
	}

	@Override
	public CalendarDay changeDay(String calendarId, LocalDate date, ChangeDay command) {
		String tenant = tenant();
		WorkCalendar calendar = calendar(tenant, calendarId);
		CalendarDay before = store.days(tenant, calendar.id(), date, date).get(date);
		String name = command.name() == null || command.name().isBlank() ? null : command.name().strip();
		CalendarDay after = new CalendarDay(date, command.type(), name);
		store.saveDay(tenant, calendar.id(), after);
		audit.recordChange("UPDATE_DAY", ENTITY, calendar.id(), snapshot(before), snapshot(after));
		return after;
	}

	@Override
	public ImportedYear importYear(String calendarId, byte[] file) {
		String tenant = tenant();
		WorkCalendar calendar = calendar(tenant, calendarId);
		HolidayNotice notice = HolidayNotice.parse(file, json); // throws before anything is written
		List<CalendarDay> days = notice.calendarDays();
		store.replaceYear(tenant, calendar.id(), notice.year(), days);
		ImportedYear imported = new ImportedYear(notice.year(), count(days, DayType.STATUTORY_HOLIDAY),
				count(days, DayType.REST_DAY), count(days, DayType.MAKEUP_WORKDAY));
		audit.recordChange("IMPORT_YEAR", ENTITY, calendar.id(), null, Map.of("year", notice.year(), "days",
				notice.days().size()));
		return imported;
	}

	@Override
	public void assign(UUID departmentId, String calendarId) {
		String tenant = tenant();
		organization.department(departmentId); // not found for unknown and other tenants' departments
		UUID calendar = calendarId == null ? null : calendar(tenant, calendarId).id();
		UUID before = store.departmentCalendars(tenant).get(departmentId);
		store.assign(tenant, departmentId, calendar);
		audit.recordChange("ASSIGN", "CalendarAssignment", departmentId, before == null ? null : Map.of("calendarId",
				before), calendar == null ? null : Map.of("calendarId", calendar));
	}

	private WorkCalendar calendar(String tenant, String calendarId) {
		return store.find(tenant, calendarId).orElseThrow(() -> new NotFoundException(ENTITY, calendarId));
	}

	private String tenant() {
		String tenant = TenantContext.require();
		defaults.ensure(tenant);
		return tenant;
	}

	private static long count(List<CalendarDay> days, DayType type) {
		return days.stream().filter(day -> day.type() == type).count();
	}

	private static Map<String, Object> snapshot(CalendarDay day) {
		Map<String, Object> values = new HashMap<>();
		values.put("date", day.date().toString());
		values.put("type", day.type().name());
		values.put("name", day.name());
		return values;
	}
}
