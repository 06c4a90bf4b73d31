package io.renloop.leave.web;

import io.renloop.leave.LeaveTypeView;
import io.renloop.leave.LeaveTypes;
import io.renloop.leave.SaveLeaveType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's leave types. */
@RestController
@Tag(name = "Leave", description = "Leave types, rules, balances, requests and the team calendar")
class LeaveTypeApiController {

	private final LeaveTypes types;

	LeaveTypeApiController(LeaveTypes types) {
		this.types = types;
	}

	@GetMapping("/api/v1/leave/types")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "The tenant's leave types", description = "ANNUAL, SICK, PERSONAL, MARRIAGE, MATERNITY, "
			+ "PATERNITY, PARENTAL, BEREAVEMENT, COMPENSATORY as the tenant changed them, and its own; names in the "
			+ "caller's language")
	List<LeaveTypeView> list() {
		return types.list();
	}

	@PutMapping("/api/v1/leave/types/{code}")
	@PreAuthorize("hasAuthority('LEAVE_ADMIN')")
	@Operation(summary = "Change a leave type or add one of the tenant's own", description = "Code in upper-case "
			+ "letters, digits and underscores; audited")
	LeaveTypeView save(@PathVariable String code, @Valid @RequestBody SaveLeaveType command) {
		return types.save(code, command);
	}
}
