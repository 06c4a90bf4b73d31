package io.renloop.attendance.web;

import io.renloop.attendance.AttendancePeriods;
import io.renloop.attendance.DailyResults;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantTime;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** HR's time clock pages: an employee's month of daily results with anomalies, and the month close with progress. */
@Controller
class TimeClockPageController {

	private final DailyResults results;

	private final AttendancePeriods periods;

	private final TenantTime time;

	TimeClockPageController(DailyResults results, AttendancePeriods periods, TenantTime time) {
		this.results = results;
		this.periods = periods;
		this.time = time;
	}

	@GetMapping("/attendance/daily")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	String daily(@RequestParam(required = false) UUID employeeId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		UUID employee = employeeId != null ? employeeId : CurrentUser.require().employeeId();
		YearMonth shown = month != null ? month : YearMonth.from(time.today());
		model.addAttribute("employeeId", employee);
		model.addAttribute("month", shown);
		model.addAttribute("zone", time.zone());
		if (employee != null) {
			model.addAttribute("days", results.of(employee, shown.atDay(1), shown.atEndOfMonth()));
			model.addAttribute("summary", periods.summary(shown, employee));
		}
		return "timeclock/daily";
	}

	@GetMapping("/attendance/close")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	String close(@RequestParam(required = false) UUID jobId, Model model) {
		model.addAttribute("month", YearMonth.from(time.today()).minusMonths(1));
		if (jobId != null) {
			model.addAttribute("job", periods.job(jobId));
		}
		return "timeclock/close";
	}

	@PostMapping("/attendance/close")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	String startClose(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return "redirect:/attendance/close?jobId=" + periods.close(month);
	}

	@GetMapping("/attendance/close/jobs/{jobId}")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	String progress(@PathVariable UUID jobId, Model model) {
		model.addAttribute("job", periods.job(jobId));
		return "timeclock/close :: progress";
	}
}
