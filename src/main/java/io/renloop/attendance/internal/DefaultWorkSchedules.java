package io.renloop.attendance.internal;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.WorkSchedules;
import io.renloop.employee.EmployeeDepartments;
import io.renloop.organization.Organization;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultWorkSchedules implements WorkSchedules {

	/** Longest period one call computes: a year and a day, enough for a leap year. */
	static final int MAX_DAYS = 366;

	private final AttendanceDefaults defaults;

	private final CalendarStore calendars;

	private final ScheduleStore store;

	private final EmployeeDepartments employeeDepartments;

	private final Organization organization;

	DefaultWorkSchedules(AttendanceDefaults defaults, CalendarStore calendars, ScheduleStore store,
			EmployeeDepartments employeeDepartments, Organization organization) {
		this.defaults = defaults;
		this.calendars = calendars;
		this.store = store;
		this.employeeDepartments = employeeDepartments;
		this.organization = organization;
	}

	@Override
	public List<ScheduledDay> schedule(UUID employeeId, LocalDate from, LocalDate to) {
		List<ScheduledDay> days = schedules(List.of(employeeId), from, to).get(employeeId);
		if (days == null) {
			throw new NotFoundException("Employee", employeeId);
		}
		return days;
	}

	@Override
	public Map<UUID, List<ScheduledDay>> schedules(Collection<UUID> employeeIds, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		String tenant = TenantContext.require();
		defaults.ensure(tenant);
		Map<UUID, UUID> departments = employeeDepartments.departmentsOf(employeeIds);
		SchedulePlanner planner = planner(tenant, departments, from, to);
		Map<UUID, LocalDate> lastDays = store.lastDays(tenant, departments.keySet());
		Map<UUID, List<ScheduledDay>> result = new HashMap<>(departments.size() * 2);
		departments.forEach((employee, department) -> result.put(employee,
				endingAt(planner.plan(employee, department, from, to), lastDays.get(employee))));
		return result;
	}

	/** A leaver has no shift after the last day, whatever their team's rotation or the standard shift would say. */
	private static List<ScheduledDay> endingAt(List<ScheduledDay> days, LocalDate lastDay) {
		if (lastDay == null) {
			return days;
		}
		return days.stream()
			.map(day -> day.date().isAfter(lastDay) ? new ScheduledDay(day.date(), day.dayType(), null) : day)
			.toList();
	}

	@Override
	public List<CalendarDay> calendarDays(String calendarId, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		String tenant = TenantContext.require();
		defaults.ensure(tenant);
		WorkCalendar calendar = calendars.find(tenant, calendarId)
			.orElseThrow(() -> new NotFoundException("WorkCalendar", calendarId));
		return new ArrayList<>(calendars.days(tenant, calendar.id(), from, to).values());
	}

	/** Reads what the employees' schedules depend on: only the calendars they use. */
	private SchedulePlanner planner(String tenant, Map<UUID, UUID> departments, LocalDate from, LocalDate to) {
		Map<UUID, UUID> parents = organization.departmentParents();
		Map<UUID, UUID> assigned = calendars.departmentCalendars(tenant);
		UUID defaultCalendar = calendars.defaultCalendar(tenant).id();
		PlanningData partial = new PlanningData(parents, assigned, defaultCalendar, Map.of(), Map.of(), Map.of(),
				List.of(), Map.of());
		SchedulePlanner lookup = new SchedulePlanner(partial);
		Set<UUID> used = new HashSet<>();
		new HashSet<>(departments.values()).forEach(d -> used.add(lookup.calendarOf(d)));
		Map<UUID, Map<LocalDate, CalendarDay>> days = new HashMap<>();
		used.forEach(calendar -> days.put(calendar, calendars.days(tenant, calendar, from, to)));
		return new SchedulePlanner(new PlanningData(parents, assigned, defaultCalendar, days, store.shifts(tenant),
				store.rotations(tenant), store.assignments(tenant, from, to),
				store.entries(tenant, departments.keySet(), from, to)));
	}

	static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw InvalidFieldsException.of("to", "attendance.period.invalid", MAX_DAYS);
		}
	}
}
