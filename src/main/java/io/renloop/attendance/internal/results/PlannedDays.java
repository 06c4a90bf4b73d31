package io.renloop.attendance.internal.results;

import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.WorkSchedules;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The schedules of many employees at once, through the bulk {@link WorkSchedules#schedules} (a few queries). */
@Component
class PlannedDays {

	private final WorkSchedules schedules;

	PlannedDays(WorkSchedules schedules) {
		this.schedules = schedules;
	}

	Map<UUID, List<ScheduledDay>> of(Collection<UUID> employeeIds, LocalDate from, LocalDate to) {
		return schedules.schedules(employeeIds, from, to);
	}
}
