package io.renloop.attendance.internal.clock;

import io.renloop.attendance.ClockEventFiles;
import io.renloop.attendance.ClockSource;
import io.renloop.attendance.internal.clock.ClockEventStore.ValidEvent;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every row of a terminal export first (employee known, time readable and not in the future) and keeps the
 * punches only when no row has an error, in one statement like the JSON ingest; the import is audited as a whole.
 */
@Service
class ClockEventFileImport implements ClockEventFiles {

	/** Terminal clocks drift; a punch a little ahead of the server's clock is not "in the future". */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final ClockEventStore store;

	private final EmployeeDirectory directory;

	private final TenantTime time;

	private final MessageSource messages;

	private final AuditTrail audit;

	ClockEventFileImport(ClockEventStore store, EmployeeDirectory directory, TenantTime time, MessageSource messages,
			AuditTrail audit) {
		this.store = store;
		this.directory = directory;
		this.time = time;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	@Transactional
	public FileImport importFile(String fileName, byte[] content, boolean dryRun) {
		String tenantId = TenantContext.require();
		PunchFile file = PunchFile.read(fileName, content, time.zone(tenantId));
		List<RowError> errors = new ArrayList<>(file.problems()
			.stream()
			.map(problem -> error(problem.row(), problem.field(), problem.messageKey(), problem.arguments()))
			.toList());
		Map<String, UUID> ids = directory
			.idsByNumber(file.punches().stream().map(PunchFile.Punch::employeeNo).distinct().toList());
		Instant now = time.clock().instant();
		// keyed by device and event id: the same punch twice in the file is one event
		Map<String, ValidEvent> events = new LinkedHashMap<>();
		for (PunchFile.Punch punch : file.punches()) {
			UUID employeeId = ids.get(punch.employeeNo());
			if (employeeId == null) {
				errors.add(error(punch.row(), "employeeNo", "timeclock.import.unknownEmployee", punch.employeeNo()));
			}
			else if (punch.at().isAfter(now.plus(CLOCK_SKEW))) {
				errors.add(error(punch.row(), "time", "timeclock.import.future"));
			}
			else {
				String device = punch.deviceId() == null ? DEFAULT_DEVICE : punch.deviceId();
				String eventId = PunchFile.eventId(punch.employeeNo(), punch.at());
				events.putIfAbsent(device + "\n" + eventId,
						new ValidEvent(device, eventId, employeeId, punch.at(), ClockSource.IMPORT));
			}
		}
		int rows = file.punches().size() + file.problems().size();
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparingInt(RowError::row));
			return new FileImport(dryRun, rows, 0, 0, errors);
		}
		List<ValidEvent> distinct = List.copyOf(events.values());
		if (dryRun) {
			int known = store.countExisting(tenantId, distinct);
			return new FileImport(true, rows, distinct.size() - known, rows - distinct.size() + known, List.of());
		}
		int accepted = store.insertNew(tenantId, distinct, now);
		audit.recordChange("IMPORT", "ClockEvents", fileName == null ? "upload" : fileName, null,
				Map.of("rows", rows, "accepted", accepted));
		return new FileImport(false, rows, accepted, rows - accepted, List.of());
	}

	private RowError error(int row, String field, String key, Object... arguments) {
		return new RowError(row, field, messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
	}
}
