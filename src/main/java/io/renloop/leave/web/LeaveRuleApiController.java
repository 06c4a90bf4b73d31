package io.renloop.leave.web;

import io.renloop.leave.LeaveRuleView;
import io.renloop.leave.LeaveRules;
import io.renloop.leave.MedicalPeriodView;
import io.renloop.leave.SickLeave;
import io.renloop.leave.SickPayRule;
import io.renloop.platform.TenantTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leave law as data, and the medical period of sick leave. */
@RestController
@Tag(name = "Leave")
class LeaveRuleApiController {

	/** The rules in force for the tenant's province, and the sick-pay floor. */
	record RulesView(String province, LocalDate on, List<LeaveRuleView> rules, SickPayRule sickPay) {
	}

	private final LeaveRules rules;

	private final SickLeave sickLeave;

	private final TenantTime time;

	LeaveRuleApiController(LeaveRules rules, SickLeave sickLeave, TenantTime time) {
		this.rules = rules;
		this.sickLeave = sickLeave;
		this.time = time;
	}

	@GetMapping("/api/v1/leave/rules")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "Statutory and provincial leave rules in force", description = "For the tenant's province "
			+ "(national law where it has none) on the date, today by default; each rule names its source")
	RulesView rules(@RequestParam(required = false) LocalDate on) {
		LocalDate date = on == null ? time.today() : on;
		return new RulesView(rules.province(), date, rules.inForce(date), rules.sickPay(date));
	}

	@GetMapping("/api/v1/leave/medical-period")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	@Operation(summary = "An employee's medical period (医疗期) for sick leave", description = "3 to 24 months by "
			+ "years of work and of service here, the window it is counted in and the sick days used; 404 outside the "
			+ "caller's data scope")
	MedicalPeriodView medicalPeriod(@RequestParam UUID employeeId) {
		return sickLeave.medicalPeriod(employeeId);
	}
}
