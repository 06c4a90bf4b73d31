package io.renloop.attendance.internal.results;

import io.renloop.attendance.DayType;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftTimes;
import io.renloop.attendance.WorkSchedules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The schedules of many employees, from the module's {@link WorkSchedules}. Until calendars and shifts are
 * configured (no implementation present), every employee works the standard day shift (09:00–18:00, one hour's
 * break) Monday to Friday, which is what the issue prescribes without an assignment.
 */
@Component
class PlannedDays {

	static final ShiftTimes STANDARD = new ShiftTimes("STD", LocalTime.of(9, 0), LocalTime.of(18, 0), 480);

	private final ObjectProvider<WorkSchedules> schedules;

	PlannedDays(ObjectProvider<WorkSchedules> schedules) {
		this.schedules = schedules;
	}

	Map<UUID, List<ScheduledDay>> of(Collection<UUID> employeeIds, LocalDate from, LocalDate to) {
		WorkSchedules source = schedules.getIfAvailable();
		Map<UUID, List<ScheduledDay>> plans = new HashMap<>();
		for (UUID employeeId : employeeIds) {
			plans.put(employeeId, source == null ? standardWeek(from, to) : source.schedule(employeeId, from, to));
		}
		return plans;
	}

	static List<ScheduledDay> standardWeek(LocalDate from, LocalDate to) {
		List<ScheduledDay> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			days.add(weekend ? new ScheduledDay(day, DayType.REST_DAY, null)
					: new ScheduledDay(day, DayType.WORKDAY, STANDARD));
		}
		return days;
	}
}
