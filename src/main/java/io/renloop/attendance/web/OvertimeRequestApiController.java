package io.renloop.attendance.web;

import io.renloop.attendance.OvertimeRequests;
import io.renloop.attendance.OvertimeRequests.AskOvertime;
import io.renloop.attendance.OvertimeRequests.OvertimeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Overtime requests, approved through the workflow. */
@RestController
@Tag(name = "Overtime", description = "Overtime requests (workflow subject overtime)")
class OvertimeRequestApiController {

	private final OvertimeRequests overtime;

	OvertimeRequestApiController(OvertimeRequests overtime) {
		this.overtime = overtime;
	}

	@PostMapping("/api/v1/attendance/overtime-requests")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask for overtime on a day", description = "employeeId defaults to the caller (404 outside "
			+ "the caller's data scope); minutes 30–1440; compensation PAY (default) or LEAVE (compensatory leave "
			+ "instead of pay, for rest-day overtime). Starts the approval; approved minutes count in the daily "
			+ "results. Art. 41 limits are warnings in the results, not refusals here")
	OvertimeView request(@Valid @RequestBody AskOvertime command) {
		return overtime.request(command);
	}
}
