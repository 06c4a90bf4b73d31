package io.renloop.attendance.web;

import io.renloop.attendance.TimeClockRules;
import io.renloop.attendance.TimeClockRules.ChangeRules;
import io.renloop.attendance.TimeClockRules.RulesView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's time clock rules: grace, overtime, clock corrections. */
@RestController
@Tag(name = "Time clock rules", description = "Grace minutes, the overtime rule and the corrections limit, effective-dated")
class TimeClockRulesApiController {

	private final TimeClockRules rules;

	TimeClockRulesApiController(TimeClockRules rules) {
		this.rules = rules;
	}

	@GetMapping("/api/v1/attendance/rules")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "The time clock rules in force", description = "On the date `on` (today by default), with "
			+ "every version: graceMinutes, minOvertimeMinutes, overtimeRule (APPROVED or AUTOMATIC), "
			+ "correctionMonthlyLimit. The defaults (5, 30, APPROVED, 3) until the tenant sets its own")
	RulesView rules(@RequestParam(required = false) LocalDate on) {
		return rules.inForce(on);
	}

	@PutMapping("/api/v1/attendance/rules")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@Operation(summary = "Set the time clock rules from a date", description = "effectiveFrom defaults to today; a "
			+ "version of the same date is replaced. Days from that date on are computed with the new rules; closed "
			+ "months stay frozen, so a date in a closed month is 409. Bounds: graceMinutes 0-120, minOvertimeMinutes "
			+ "0-240, correctionMonthlyLimit 0-31; a bad value is 400 naming the field. Audited")
	RulesView change(@Valid @RequestBody ChangeRules command) {
		return rules.change(command);
	}
}
