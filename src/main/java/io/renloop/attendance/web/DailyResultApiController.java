package io.renloop.attendance.web;

import io.renloop.attendance.DailyResult;
import io.renloop.attendance.DailyResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Daily attendance results with their anomalies. */
@RestController
@Tag(name = "Daily attendance", description = "What each day came to: clock events against the plan, leave, overtime")
class DailyResultApiController {

	private final DailyResults results;

	DailyResultApiController(DailyResults results) {
		this.results = results;
	}

	@GetMapping("/api/v1/attendance/daily")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "An employee's daily results", description = "One entry per date (at most 93 days): day type, "
			+ "shift, first clock-in and last clock-out (a night shift's morning clock-out belongs to the day it "
			+ "started), minutes worked, late and left early, absent, missing punch, approved leave and the overtime "
			+ "that counts by kind of day. Frozen figures for closed months. 404 outside the caller's data scope "
			+ "(employees see themselves, managers their department subtree, HR everyone)")
	List<DailyResult> daily(@RequestParam UUID employeeId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return results.of(employeeId, from, to);
	}
}
