package io.renloop.workspace.web;

import io.renloop.attendance.ClockSites;
import io.renloop.attendance.ClockSites.PhonePosition;
import io.renloop.attendance.DailyResult;
import io.renloop.attendance.DailyResults;
import io.renloop.leave.Half;
import io.renloop.leave.LeaveBalances;
import io.renloop.leave.LeaveRequests;
import io.renloop.leave.LeaveTypeView;
import io.renloop.leave.LeaveTypes;
import io.renloop.leave.SubmitLeave;
import io.renloop.payroll.Payslips;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantTime;
import io.renloop.platform.WorkNotices;
import io.renloop.workflow.ApprovalInbox;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's phone workspace: approvals waiting first, then clock-in, this month's days with their anomalies,
 * leave balances, a leave request with half days, the employee's own requests and the latest payslip. Every tile shows only what the
 * user's permissions allow; a user without an employee record sees the approvals alone.
 */
@Controller
class MePageController {

	private final ApprovalInbox approvals;

	private final ClockSites sites;

	private final DailyResults days;

	private final LeaveBalances balances;

	private final LeaveRequests requests;

	private final LeaveTypes types;

	private final Payslips payslips;

	private final TenantTime time;

	private final PageOutcomes outcomes;

	private final WorkNotices notices;

	MePageController(ApprovalInbox approvals, ClockSites sites, DailyResults days, LeaveBalances balances,
			LeaveRequests requests, LeaveTypes types, Payslips payslips, TenantTime time, PageOutcomes outcomes,
			WorkNotices notices) {
		this.approvals = approvals;
		this.sites = sites;
		this.days = days;
		this.balances = balances;
		this.requests = requests;
		this.types = types;
		this.payslips = payslips;
		this.time = time;
		this.outcomes = outcomes;
		this.notices = notices;
	}

	@GetMapping("/me")
	@PreAuthorize("isAuthenticated()")
	String home(Model model) {
		CurrentUser user = CurrentUser.require();
		LocalDate today = time.today();
		model.addAttribute("today", today);
		model.addAttribute("approvals", approvals.inbox());
		model.addAttribute("noticeChannels", notices.myChannels());
		model.addAttribute("employee", user.employeeId() != null);
		if (user.employeeId() != null && user.can(Permission.ATTENDANCE_READ)) {
			List<DailyResult> month = days.of(user.employeeId(), today.withDayOfMonth(1), today);
			List<DayRow> newestFirst = new ArrayList<>(month.stream().map(day -> DayRow.of(day, time.zone())).toList());
			Collections.reverse(newestFirst);
			model.addAttribute("days", newestFirst);
			model.addAttribute("anomalies", month.stream().filter(MePageController::anomalous).count());
		}
		if (user.employeeId() != null && user.can(Permission.LEAVE_READ)) {
			model.addAttribute("balances", balances.mine());
			model.addAttribute("requests", requests.mine());
			List<LeaveTypeView> leaveTypes = types.list();
			model.addAttribute("types", leaveTypes);
			model.addAttribute("typeNames",
					leaveTypes.stream().collect(Collectors.toMap(LeaveTypeView::code, LeaveTypeView::name)));
		}
		if (user.employeeId() != null && user.can(Permission.PAYSLIP_READ)) {
			model.addAttribute("payslips", payslips.mine());
		}
		return "workspace/me";
	}

	@PostMapping("/me/clock-in")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	String clockIn(@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
			@RequestParam(required = false) Double accuracy, RedirectAttributes redirect) {
		if (latitude == null || longitude == null) {
			return outcomes.failed(redirect, "me.clockIn.noPosition");
		}
		return outcomes.attempt(redirect, () -> {
			ClockSites.PhoneClockIn done = sites.clockIn(new PhonePosition(latitude, longitude, accuracy));
			return outcomes.text("me.clockIn.done", done.site(), done.distanceMeters());
		});
	}

	@PostMapping("/me/leave")
	@PreAuthorize("hasAuthority('LEAVE_WRITE')")
	String requestLeave(@RequestParam String type, @RequestParam LocalDate start,
			@RequestParam(required = false) LocalDate end, @RequestParam(defaultValue = "FULL") String half,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		LocalDate last = end == null ? start : end;
		Half startHalf = "PM".equals(half) ? Half.PM : null;
		Half endHalf = "AM".equals(half) ? Half.AM : null;
		return outcomes.attempt(redirect, () -> {
			var submitted = requests.submit(new SubmitLeave(null, type, start, last, startHalf, endHalf, null, reason));
			return outcomes.text("me.leave.submitted", submitted.days());
		});
	}

	@PostMapping("/me/leave/{id}/cancel")
	@PreAuthorize("hasAuthority('LEAVE_WRITE')")
	String cancelLeave(@PathVariable UUID id, RedirectAttributes redirect) {
		return outcomes.attempt(redirect, () -> {
			requests.cancel(id);
			return outcomes.text("me.leave.cancelled");
		});
	}

	private static boolean anomalous(DailyResult day) {
		return day.absent() || day.missingPunch() || day.lateMinutes() > 0 || day.earlyLeaveMinutes() > 0;
	}
}
