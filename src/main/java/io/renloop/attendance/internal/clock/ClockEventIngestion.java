package io.renloop.attendance.internal.clock;

import io.renloop.attendance.ClockEvents;
import io.renloop.attendance.ClockSource;
import io.renloop.attendance.internal.clock.ClockEventStore.ValidEvent;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks each row on its own, resolves every employee number of the batch in one look-up, and stores the good rows
 * in one statement. The rows are not audited one by one (a terminal sends millions a month); the events are their
 * own record.
 */
@Service
class ClockEventIngestion implements ClockEvents {

	/** Terminal clocks drift; an event a little ahead of the server's clock is not "in the future". */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final ClockEventStore store;

	private final EmployeeDirectory directory;

	private final TenantTime time;

	private final MessageSource messages;

	ClockEventIngestion(ClockEventStore store, EmployeeDirectory directory, TenantTime time, MessageSource messages) {
		this.store = store;
		this.directory = directory;
		this.time = time;
		this.messages = messages;
	}

	@Override
	@Transactional
	public Receipt ingest(List<Incoming> events) {
		if (events == null || events.isEmpty()) {
			return new Receipt(0, 0, List.of());
		}
		if (events.size() > MAX_BATCH) {
			throw new BusinessRuleException(400, "timeclock.events.batchTooLarge", MAX_BATCH);
		}
		Instant now = time.clock().instant();
		Map<String, UUID> ids = withinScope(directory.idsByNumber(events.stream()
			.filter(e -> e != null && e.employeeNo() != null)
			.map(Incoming::employeeNo)
			.toList()));
		Locale locale = LocaleContextHolder.getLocale();
		List<ValidEvent> valid = new ArrayList<>(events.size());
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			Incoming event = events.get(i);
			String problem = problemOf(event, ids, now);
			if (problem != null) {
				rejected.add(new Rejection(i, messages.getMessage(problem, new Object[] { i }, locale)));
			}
			else {
				valid.add(new ValidEvent(event.deviceId(), event.eventId(), ids.get(event.employeeNo()),
						OffsetDateTime.parse(event.at()).toInstant(), source(event.source())));
			}
		}
		int accepted = store.insertNew(TenantContext.require(), valid, now);
		return new Receipt(accepted, valid.size() - accepted, rejected);
	}

	/**
	 * Terminals and HR deliver for the whole tenant; an employee or a manager (whose ATTENDANCE_WRITE is limited to
	 * their data scope) only for themselves, so nobody clocks in for a colleague.
	 */
	private static Map<String, UUID> withinScope(Map<String, UUID> ids) {
		CurrentUser user = CurrentUser.find().orElse(null);
		if (user == null || user.dataScope() == DataScope.TENANT) {
			return ids;
		}
		Map<String, UUID> own = new HashMap<>();
		ids.forEach((number, id) -> {
			if (id.equals(user.employeeId())) {
				own.put(number, id);
			}
		});
		return own;
	}

	/** The message key of what is wrong with the row, or null when it can be kept. */
	private static String problemOf(Incoming event, Map<String, UUID> ids, Instant now) {
		if (event == null) {
			return "timeclock.events.rejected.empty";
		}
		if (blankOrLonger(event.deviceId(), 64) || blankOrLonger(event.eventId(), 100)) {
			return "timeclock.events.rejected.ids";
		}
		if (event.employeeNo() == null || !ids.containsKey(event.employeeNo())) {
			return "timeclock.events.rejected.unknownEmployee";
		}
		if (event.source() != null && !isSource(event.source())) {
			return "timeclock.events.rejected.source";
		}
		Instant at;
		try {
			at = OffsetDateTime.parse(event.at()).toInstant();
		}
		catch (DateTimeParseException | NullPointerException e) {
			return "timeclock.events.rejected.time";
		}
		return at.isAfter(now.plus(CLOCK_SKEW)) ? "timeclock.events.rejected.future" : null;
	}

	private static boolean blankOrLonger(String value, int max) {
		return value == null || value.isBlank() || value.length() > max;
	}

	/** A correction punch comes only from an approved correction, never from a device or an import. */
	private static boolean isSource(String value) {
		for (ClockSource source : ClockSource.values()) {
			if (source != ClockSource.CORRECTION && source.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static ClockSource source(String value) {
		return value == null ? ClockSource.DEVICE : ClockSource.valueOf(value);
	}
}
