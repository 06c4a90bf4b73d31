package io.renloop.attendance.web;

import io.renloop.attendance.ClockEventFiles;
import io.renloop.attendance.ClockEvents;
import io.renloop.platform.RowErrorAnswers;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import io.renloop.attendance.ClockEvents.Batch;
import io.renloop.attendance.ClockEvents.Receipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where time clocks and terminal bridges deliver their events. */
@RestController
@Tag(name = "Clock events", description = "Raw clock events from terminals, phones and imports")
class ClockEventApiController {

	private final ClockEvents clockEvents;

	private final ClockEventFiles files;

	private final MessageSource messages;

	ClockEventApiController(ClockEvents clockEvents, ClockEventFiles files, MessageSource messages) {
		this.clockEvents = clockEvents;
		this.files = files;
		this.messages = messages;
	}

	@PostMapping("/api/v1/attendance/clock-events")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	@Operation(summary = "Deliver a batch of clock events (up to 10,000)", description = "Idempotent on (deviceId, "
			+ "eventId): repeats count as duplicates; order does not matter. Rows with an unknown employee number, a "
			+ "malformed or future time or missing ids are rejected one by one with their index and a translated "
			+ "reason; the others are kept. Use a token with the ATTENDANCE_WRITE scope")
	Receipt ingest(@Valid @RequestBody Batch batch) {
		return clockEvents.ingest(batch.events());
	}

	@PostMapping(path = "/api/v1/attendance/clock-events/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Import a legacy terminal export (考勤机导出), CSV or Excel", description = "Form fields `file` "
			+ "and `dryRun`. Columns in any order, headers in English or Chinese: employeeNo (工号), time (时间; or date "
			+ "日期 and time 时间 apart; e.g. 2026-03-02 08:55:00, 2026/3/2 8:55, 20260302085500 or ISO-8601 with an "
			+ "offset; local times are the tenant's), deviceId (设备, optional: `import`). GBK or UTF-8. Each row becomes "
			+ "a clock event of source IMPORT with an event id derived from the employee and the second, so a file "
			+ "imported again adds nothing (duplicates). With any row error (unknown employee, unreadable or future "
			+ "time) nothing is saved and the answer is 422 listing them by the sheet's row number; an unreadable file "
			+ "or a missing column is 400. 200 for a dry run, 201 when saved")
	ResponseEntity<?> importFile(@RequestParam MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun)
			throws IOException {
		ClockEventFiles.FileImport result = files.importFile(file.getOriginalFilename(), file.getBytes(), dryRun);
		return RowErrorAnswers.of(messages, "timeclock.import.rowErrors", "timeclock-import-rowErrors", dryRun,
				result.errors(), result, Map.of("accepted", 0));
	}
}
