package io.renloop.attendance.web;

import io.renloop.attendance.TimeClockRules;
import io.renloop.attendance.TimeClockRules.ChangeRules;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR's page of the time clock rules: the version in force, its history, and a form for a new version. */
@Controller
class TimeClockRulesPageController {

	static final String PAGE = "/attendance/rules";

	private final TimeClockRules rules;

	private final AttendancePageActions actions;

	TimeClockRulesPageController(TimeClockRules rules, AttendancePageActions actions) {
		this.rules = rules;
		this.actions = actions;
	}

	@GetMapping(PAGE)
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	String page(Model model) {
		model.addAttribute("rules", rules.inForce(null));
		return "attendance/rules";
	}

	@PostMapping(PAGE)
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	String change(@RequestParam(required = false) LocalDate effectiveFrom, @RequestParam Integer graceMinutes,
			@RequestParam Integer minOvertimeMinutes, @RequestParam String overtimeRule,
			@RequestParam Integer correctionMonthlyLimit, RedirectAttributes redirect) {
		return actions.attempt(redirect, PAGE, "timeclock.rules.saved", () -> rules.change(new ChangeRules(
				effectiveFrom, graceMinutes, minOvertimeMinutes, overtimeRule, correctionMonthlyLimit)));
	}
}
