package io.renloop.leave.web;

import io.renloop.leave.LeaveRequestView;
import io.renloop.leave.LeaveRequests;
import io.renloop.leave.LeaveStatus;
import io.renloop.leave.SubmitLeave;
import io.renloop.leave.TeamAbsence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
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

/** Leave requests, the caller's own and those within their data scope, and who is away. */
@RestController
@Tag(name = "Leave")
class LeaveRequestApiController {

	/** The last day at work before coming back: the leave ends on it. */
	record ReturnEarly(@NotNull LocalDate lastDay) {
	}

	private final LeaveRequests requests;

	LeaveRequestApiController(LeaveRequests requests) {
		this.requests = requests;
	}

	@PostMapping("/api/v1/leave/requests")
	@PreAuthorize("hasAuthority('LEAVE_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Request leave", description = "For the caller, or an employee within their data scope; "
			+ "days count only the employee's working days (every date for calendar-day leave such as maternity); 409 "
			+ "for days already requested, 422 beyond the balance or the rule, before the hire date or without a "
			+ "working day; starts the approval (subject type leave)")
	LeaveRequestView submit(@Valid @RequestBody SubmitLeave command) {
		return requests.submit(command);
	}

	@GetMapping("/api/v1/leave/requests")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "Leave requests within the caller's data scope", description = "Newest start first, at most "
			+ "500; filter by employee and status")
	List<LeaveRequestView> list(@RequestParam(required = false) UUID employeeId,
			@RequestParam(required = false) LeaveStatus status) {
		return requests.list(employeeId, status);
	}

	@GetMapping("/api/v1/me/leave/requests")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "The caller's own leave requests", description = "Newest start first")
	List<LeaveRequestView> mine() {
		return requests.mine();
	}

	@GetMapping("/api/v1/leave/requests/{id}")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "One leave request", description = "404 outside the caller's data scope")
	LeaveRequestView get(@PathVariable UUID id) {
		return requests.get(id);
	}

	@PostMapping("/api/v1/leave/requests/{id}/cancel")
	@PreAuthorize("hasAuthority('LEAVE_WRITE')")
	@Operation(summary = "Cancel a pending or approved request", description = "Its days return to the balance; an "
			+ "approved leave is announced as cancelled to payroll; 409 once rejected or cancelled")
	LeaveRequestView cancel(@PathVariable UUID id) {
		return requests.cancel(id);
	}

	@PostMapping("/api/v1/leave/requests/{id}/return")
	@PreAuthorize("hasAuthority('LEAVE_WRITE')")
	@Operation(summary = "End an approved leave early", description = "The leave ends on lastDay; the days after it "
			+ "return to the balance and are announced as cancelled")
	LeaveRequestView returnEarly(@PathVariable UUID id, @Valid @RequestBody ReturnEarly body) {
		return requests.returnEarly(id, body.lastDay());
	}

	@GetMapping("/api/v1/leave/calendar")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "Who is away", description = "Pending and approved leave per employee and half day between "
			+ "the dates (at most 62 days apart), within the caller's data scope")
	List<TeamAbsence> calendar(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		return requests.away(from, to);
	}
}
