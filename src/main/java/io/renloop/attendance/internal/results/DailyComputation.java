package io.renloop.attendance.internal.results;

import io.renloop.attendance.ApprovedAbsence;
import io.renloop.attendance.ApprovedAbsences;
import io.renloop.attendance.DailyResult;
import io.renloop.attendance.ScheduledDay;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Daily results of many employees at once: reads schedules, clock events, approved leave and approved overtime for
 * the whole group in a few queries, then computes each day in memory. The schedule and the events are read one day
 * wider on each side, so that a night shift that starts on the day before the range, or ends on the day after it,
 * takes its events with it.
 */
@Component
class DailyComputation {

	private final PlannedDays plannedDays;

	private final ClockEventReader events;

	private final ApprovedOvertime overtime;

	private final TimeClockSettings settings;

	private final ObjectProvider<ApprovedAbsences> absences;

	private final TenantTime time;

	DailyComputation(PlannedDays plannedDays, ClockEventReader events, ApprovedOvertime overtime,
			TimeClockSettings settings, ObjectProvider<ApprovedAbsences> absences, TenantTime time) {
		this.plannedDays = plannedDays;
		this.events = events;
		this.overtime = overtime;
		this.settings = settings;
		this.absences = absences;
		this.time = time;
	}

	Map<UUID, List<DailyResult>> compute(String tenantId, Collection<UUID> employeeIds, LocalDate from, LocalDate to) {
		ZoneId zone = time.zone(tenantId);
		TimeClockSettings.RuleBook rules = settings.rules(tenantId);
		LocalDate today = LocalDate.now(time.clock().withZone(zone));
		Map<UUID, List<ScheduledDay>> plans = plannedDays.of(employeeIds, from.minusDays(1), to.plusDays(1));
		Instant start = from.minusDays(1).atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(2).atStartOfDay(zone).toInstant();
		Map<UUID, List<Instant>> clocked = events.between(tenantId, employeeIds, start, end);
		Map<UUID, Map<LocalDate, Integer>> approved = overtime.between(tenantId, employeeIds, from, to);
		Map<UUID, Map<LocalDate, ApprovedAbsence>> leave = leaveOf(employeeIds, from, to);
		Map<UUID, List<DailyResult>> results = new HashMap<>();
		for (UUID employeeId : employeeIds) {
			List<ScheduledDay> plan = plans.getOrDefault(employeeId, List.of());
			Map<LocalDate, List<Instant>> byDay = ShiftAttribution.attribute(plan,
					clocked.getOrDefault(employeeId, List.of()), zone);
			List<DailyResult> days = new ArrayList<>();
			Map<LocalDate, ApprovedAbsence> away = leave.getOrDefault(employeeId, Map.of());
			for (ScheduledDay day : plan) {
				if (day.date().isBefore(from) || day.date().isAfter(to)) {
					continue; // the day on each side is read only to attribute a night shift's clock events
				}
				if (day.date().isAfter(today)) {
					days.add(DayCalculator.planned(day, away.get(day.date())));
				}
				else {
					days.add(DayCalculator.compute(day, byDay.getOrDefault(day.date(), List.of()), zone,
							away.get(day.date()),
							approved.getOrDefault(employeeId, Map.of()).get(day.date()), rules.on(day.date())));
				}
			}
			results.put(employeeId, days);
		}
		return results;
	}

	/** Approved leave by employee and day; two halves on one day add up to a whole day. */
	private Map<UUID, Map<LocalDate, ApprovedAbsence>> leaveOf(Collection<UUID> employeeIds, LocalDate from,
			LocalDate to) {
		ApprovedAbsences port = absences.getIfAvailable();
		Map<UUID, Map<LocalDate, ApprovedAbsence>> byEmployee = new HashMap<>();
		if (port == null) {
			return byEmployee;
		}
		for (ApprovedAbsence absence : port.between(employeeIds, from, to)) {
			byEmployee.computeIfAbsent(absence.employeeId(), id -> new HashMap<>())
				.merge(absence.date(), absence, (a, b) -> new ApprovedAbsence(a.employeeId(), a.date(), a.leaveType(),
						a.paid(), a.fraction().add(b.fraction()).min(BigDecimal.ONE), null));
		}
		return byEmployee;
	}
}
