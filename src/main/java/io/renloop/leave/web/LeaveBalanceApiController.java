package io.renloop.leave.web;

import io.renloop.leave.AdjustBalance;
import io.renloop.leave.LeaveBalanceView;
import io.renloop.leave.LeaveBalances;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leave balances: an employee's, the caller's own, and HR's adjustments. */
@RestController
@Tag(name = "Leave")
class LeaveBalanceApiController {

	private final LeaveBalances balances;

	LeaveBalanceApiController(LeaveBalances balances) {
		this.balances = balances;
	}

	@GetMapping("/api/v1/leave/balances")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "An employee's leave balances this year", description = "In days (halves allowed): "
			+ "entitled, taken, pending, remaining, expiresOn; 404 outside the caller's data scope")
	List<LeaveBalanceView> of(@RequestParam UUID employeeId) {
		return balances.of(employeeId);
	}

	@GetMapping("/api/v1/me/leave/balances")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "The caller's own leave balances this year", description = "404 for a login without an "
			+ "employee record")
	List<LeaveBalanceView> mine() {
		return balances.mine();
	}

	@PostMapping("/api/v1/leave/balances/adjustments")
	@PreAuthorize("hasAuthority('LEAVE_ADMIN')")
	@Operation(summary = "Adjust a balance", description = "Adds or removes half days of a type with a balance, with "
			+ "a reason kept in the audit trail; returns the employee's balances")
	List<LeaveBalanceView> adjust(@Valid @RequestBody AdjustBalance command) {
		return balances.adjust(command);
	}
}
