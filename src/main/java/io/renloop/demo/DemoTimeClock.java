package io.renloop.demo;

import io.renloop.attendance.AttendancePeriods;
import io.renloop.attendance.ClockEvents;
import io.renloop.attendance.ClockEvents.Incoming;
import io.renloop.attendance.DayType;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftTimes;
import io.renloop.attendance.WorkSchedules;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three months of clock events for every employee of tenant demo, up to yesterday, and the last full month closed:
 * mostly on time, some late arrivals, early leaves, missing punches and absences, evening overtime, and a few people
 * working rest days and statutory holidays. Deterministic (seeded by employee number, event ids derived from the
 * date), delivered through the clock event API in batches of 10,000, so a restart only counts duplicates; once the
 * month is closed, a restart skips it all.
 */
@Component
@Order(5)
class DemoTimeClock implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTimeClock.class);

	private static final String TENANT = "demo";

	private static final ShiftTimes STANDARD = new ShiftTimes("STD", LocalTime.of(9, 0), LocalTime.of(18, 0), 480);

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final ClockEvents clockEvents;

	private final AttendancePeriods periods;

	private final EmployeeDirectory directory;

	private final ObjectProvider<WorkSchedules> schedules;

	private final TenantTime time;

	DemoTimeClock(RenloopProperties properties, TenantAdministration administration, ClockEvents clockEvents,
			AttendancePeriods periods, EmployeeDirectory directory, ObjectProvider<WorkSchedules> schedules,
			TenantTime time) {
		this.properties = properties;
		this.administration = administration;
		this.clockEvents = clockEvents;
		this.periods = periods;
		this.directory = directory;
		this.schedules = schedules;
		this.time = time;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || administration.tenant(TENANT).isEmpty()) {
			return;
		}
		SystemActor.runAs(TENANT, this::seed);
	}

	private void seed() {
		LocalDate today = time.today();
		YearMonth closedMonth = YearMonth.from(today).minusMonths(1);
		if (periods.isClosed(closedMonth)) {
			return;
		}
		LocalDate from = closedMonth.minusMonths(1).atDay(1);
		LocalDate to = today.minusDays(1);
		ZoneId zone = time.zone();
		List<Incoming> batch = new ArrayList<>();
		int accepted = 0;
		for (EmployeeDirectory.Entry employee : directory.employedBetween(from, to)) {
			Random random = new Random(employee.employeeNo().hashCode());
			WorkSchedules source = schedules.getIfAvailable();
			List<ScheduledDay> plan = source == null ? standardWeek(from, to) : source.schedule(employee.id(), from, to);
			for (ScheduledDay day : plan) {
				events(employee.employeeNo(), day, random, zone, batch);
				if (batch.size() >= ClockEvents.MAX_BATCH - 10) {
					accepted += clockEvents.ingest(batch).accepted();
					batch.clear();
				}
			}
		}
		accepted += clockEvents.ingest(batch).accepted();
		periods.close(closedMonth);
		log.info("Demo time clock: {} clock events from {} to {}; closing {}", accepted, from, to, closedMonth);
	}

	/** A day's punches: the shift's start and end with realistic noise, or work on a day off now and then. */
	private static void events(String number, ScheduledDay day, Random random, ZoneId zone, List<Incoming> out) {
		int roll = random.nextInt(100);
		if (!day.isWorking()) {
			boolean works = day.dayType() == DayType.STATUTORY_HOLIDAY ? roll < 3 : roll < 5;
			if (works) {
				ZonedDateTime start = day.date().atTime(8, 50 + random.nextInt(10)).atZone(zone);
				add(out, number, day, "in", start);
				add(out, number, day, "out", start.plusHours(4 + random.nextInt(5)).plusMinutes(random.nextInt(30)));
			}
			return;
		}
		if (roll < 2) {
			return; // absent
		}
		ZonedDateTime start = day.date().atTime(day.shift().start()).atZone(zone);
		ZonedDateTime end = (day.shift().crossesMidnight() ? day.date().plusDays(1) : day.date())
			.atTime(day.shift().end())
			.atZone(zone);
		ZonedDateTime in = roll < 9 ? start.plusMinutes(6 + random.nextInt(40)) : start.minusMinutes(1 + random.nextInt(25));
		add(out, number, day, "in", in);
		if (roll >= 9 && roll < 12) {
			return; // forgot to clock out
		}
		ZonedDateTime leave = roll < 14 ? end.minusMinutes(10 + random.nextInt(50))
				: roll < 22 ? end.plusMinutes(60 + random.nextInt(150)) : end.plusMinutes(random.nextInt(20));
		add(out, number, day, "out", leave);
	}

	private static void add(List<Incoming> out, String number, ScheduledDay day, String kind, ZonedDateTime at) {
		out.add(new Incoming("demo-gate-" + Math.floorMod(number.hashCode(), 4), number + "-" + day.date() + "-" + kind,
				number, at.toOffsetDateTime().toString(), "DEVICE"));
	}

	private static List<ScheduledDay> standardWeek(LocalDate from, LocalDate to) {
		List<ScheduledDay> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			days.add(new ScheduledDay(day, weekend ? DayType.REST_DAY : DayType.WORKDAY, weekend ? null : STANDARD));
		}
		return days;
	}
}
