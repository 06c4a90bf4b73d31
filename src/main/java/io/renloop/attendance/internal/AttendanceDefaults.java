package io.renloop.attendance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every tenant its default work calendar, seeded from the bundled official holiday arrangements, and the
 * standard day shift (09:00–18:00, one hour unpaid break). Tenants are created by the platform, which knows nothing
 * of attendance, so this runs the first time a tenant's calendar or schedule is needed (and for the demo tenants at
 * start-up), in a transaction of its own; inserts that find the data present do nothing, so racing nodes are safe.
 */
@Component
class AttendanceDefaults {

	static final List<String> BUNDLED_YEARS = List.of("2025", "2026");

	private final CalendarStore calendars;

	private final ScheduleStore schedules;

	private final TransactionTemplate ownTransaction;

	private final List<HolidayNotice> notices;

	private final Set<String> ready = ConcurrentHashMap.newKeySet();

	AttendanceDefaults(CalendarStore calendars, ScheduleStore schedules, PlatformTransactionManager transactions,
			JsonMapper json) {
		this.calendars = calendars;
		this.schedules = schedules;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.notices = BUNDLED_YEARS.stream().map(year -> bundled(year, json)).toList();
	}

	/** The bundled notices, parsed once. */
	List<HolidayNotice> notices() {
		return notices;
	}

	void ensure(String tenantId) {
		if (ready.contains(tenantId)) {
			return;
		}
		ownTransaction.executeWithoutResult(status -> seed(tenantId));
		ready.add(tenantId);
	}

	private void seed(String tenantId) {
		WorkCalendar calendar = new WorkCalendar(UUID.randomUUID(), WorkCalendar.DEFAULT_CODE, "默认日历",
				"Default calendar", true);
		if (calendars.create(tenantId, calendar)) {
			notices.forEach(n -> calendars.replaceYear(tenantId, calendar.id(), n.year(), n.calendarDays()));
		}
		schedules.createShift(tenantId, new Shift(Shift.STANDARD, "标准班", "Standard day shift", LocalTime.of(9, 0),
				LocalTime.of(18, 0), 60, 0, 0, 0));
	}

	private static HolidayNotice bundled(String year, JsonMapper json) {
		try (InputStream in = new ClassPathResource("attendance/holidays-cn/" + year + ".json").getInputStream()) {
			return HolidayNotice.parse(in.readAllBytes(), json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
