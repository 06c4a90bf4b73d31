package io.renloop.attendance.web;

import io.renloop.attendance.ClockEvents;
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

	ClockEventApiController(ClockEvents clockEvents) {
		this.clockEvents = clockEvents;
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
}
