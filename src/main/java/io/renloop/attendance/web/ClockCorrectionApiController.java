package io.renloop.attendance.web;

import io.renloop.attendance.ClockCorrections;
import io.renloop.attendance.ClockCorrections.AskCorrection;
import io.renloop.attendance.ClockCorrections.CorrectionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Clock corrections (补卡), approved through the workflow. */
@RestController
@Tag(name = "Clock corrections", description = "Missing punches asked for (workflow subject attendance-correction)")
class ClockCorrectionApiController {

	private final ClockCorrections corrections;

	ClockCorrectionApiController(ClockCorrections corrections) {
		this.corrections = corrections;
	}

	@PostMapping("/api/v1/attendance/corrections")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask for a missing punch", description = "employeeId defaults to the caller (404 outside the "
			+ "caller's data scope); at is the missing punch, ISO-8601 with an offset. Starts the approval; once "
			+ "approved the punch counts in the daily results. 400 for a future time, 409 in a closed month, 422 "
			+ "beyond the tenant's monthly limit (3 by default; rejected corrections do not count)")
	CorrectionView request(@Valid @RequestBody AskCorrection command) {
		return corrections.request(command);
	}

	@GetMapping("/api/v1/attendance/corrections")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "Clock corrections, of one employee or of everyone the caller may see", description = "Newest "
			+ "punch first, with their state (PENDING, APPROVED, REJECTED), at most 500. With employeeId: that "
			+ "employee's (404 outside the caller's data scope); without: the caller's own, their department "
			+ "subtree's for managers, everyone's for HR. status filters; an unknown status is 400")
	List<CorrectionView> list(@RequestParam(required = false) UUID employeeId,
			@RequestParam(required = false) String status) {
		if (employeeId == null) {
			return corrections.list(status);
		}
		List<CorrectionView> all = corrections.of(employeeId);
		return status == null ? all : all.stream().filter(c -> c.status().equalsIgnoreCase(status)).toList();
	}
}
