package io.renloop.leave.web;

import io.renloop.leave.LeavePolicies;
import io.renloop.leave.LeavePolicies.ChangePolicy;
import io.renloop.leave.LeavePolicies.PolicyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's leave policy: province, accrual, carry-over and the HR approval threshold. */
@RestController
@Tag(name = "Leave")
class LeavePolicyApiController {

	private final LeavePolicies policies;

	LeavePolicyApiController(LeavePolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/api/v1/leave/policy")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "The tenant's leave policy", description = "province (and the provinces to choose from), "
			+ "accrual (YEARLY or MONTHLY), carryOverMaxDays, carryOverMonths and this year's carryOverExpiresOn, "
			+ "hrApprovalAboveDays (the HR step of the leave approval chain; null without one) and approvalChain "
			+ "(DEFAULT, CONFIGURED or BPMN)")
	PolicyView policy() {
		return policies.current();
	}

	@PutMapping("/api/v1/leave/policy")
	@PreAuthorize("hasAuthority('LEAVE_ADMIN')")
	@Operation(summary = "Set the tenant's leave policy", description = "Balances follow at once (accrual, "
			+ "carry-over). hrApprovalAboveDays sets the amount of the HR step of the tenant's leave chain (adding the "
			+ "step when missing) for requests started afterwards; null leaves the chain alone; 409 when leave "
			+ "approvals run an uploaded BPMN process. Bad values are 400 naming the fields. Audited")
	PolicyView change(@Valid @RequestBody ChangePolicy command) {
		return policies.change(command);
	}
}
