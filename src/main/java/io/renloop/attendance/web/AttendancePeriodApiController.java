package io.renloop.attendance.web;

import io.renloop.attendance.AttendancePeriods;
import io.renloop.attendance.AttendancePeriods.CloseJob;
import io.renloop.attendance.PeriodSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The monthly close and the month summaries payroll reads. */
@RestController
@Tag(name = "Attendance periods", description = "Monthly close (a background job), month summaries, reopening")
class AttendancePeriodApiController {

	private final AttendancePeriods periods;

	AttendancePeriodApiController(AttendancePeriods periods) {
		this.periods = periods;
	}

	@PostMapping("/api/v1/attendance/periods/{period}/close")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Close a month", description = "Starts a background job that computes and freezes every "
			+ "employee's days and month, then announces AttendancePeriodClosed. Returns the job id; poll GET "
			+ "/api/v1/attendance/jobs/{jobId}. 409 when the month is closed, being closed or in the future")
	Map<String, UUID> close(@PathVariable YearMonth period) {
		return Map.of("jobId", periods.close(period));
	}

	@GetMapping("/api/v1/attendance/jobs/{jobId}")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "A close job's progress", description = "status RUNNING, SUCCEEDED or FAILED; processed of "
			+ "total employees. 404 for another tenant's job")
	CloseJob job(@PathVariable UUID jobId) {
		return periods.job(jobId);
	}

	@PostMapping("/api/v1/attendance/periods/{period}/reopen")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Reopen a closed month", description = "Needs a reason, which is audited; announces "
			+ "AttendancePeriodReopened to payroll. 409 when the month is not closed")
	Map<String, String> reopen(@PathVariable YearMonth period, @Valid @RequestBody Reopen request) {
		periods.reopen(period, request.reason());
		return Map.of("period", period.toString(), "status", "OPEN");
	}

	@GetMapping("/api/v1/attendance/periods/{period}/summary")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "An employee's month", description = "Workdays, worked and absent days, lateness, leave days "
			+ "by kind and overtime hours by kind of day; frozen once the month is closed. 404 outside the caller's "
			+ "data scope")
	PeriodSummary summary(@PathVariable YearMonth period, @RequestParam UUID employeeId) {
		return periods.summary(period, employeeId);
	}

	/** Why a closed month is reopened. */
	record Reopen(@NotBlank @Size(max = 500) String reason) {
	}
}
