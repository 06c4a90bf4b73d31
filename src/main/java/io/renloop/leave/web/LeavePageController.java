package io.renloop.leave.web;

import io.renloop.leave.AdjustBalance;
import io.renloop.leave.Half;
import io.renloop.leave.LeaveBalanceView;
import io.renloop.leave.LeaveBalances;
import io.renloop.leave.LeaveRequests;
import io.renloop.leave.LeavePolicies;
import io.renloop.leave.LeaveRules;
import io.renloop.leave.LeaveStatus;
import io.renloop.leave.LeaveTypes;
import io.renloop.leave.SubmitLeave;
import io.renloop.leave.TeamAbsence;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.Decimals;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.ListTable;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantTime;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR's and everybody's leave pages: requests, balances (HR adjusts), who is away, types and rules. */
@Controller
class LeavePageController {

	private final LeaveRequests requests;

	private final LeaveBalances balances;

	private final LeaveTypes types;

	private final LeaveRules rules;

	private final TenantTime time;

	private final MessageSource messages;

	private final LeavePolicies policies;

	private final LeaveRequestTable table;

	LeavePageController(LeaveRequests requests, LeaveBalances balances, LeaveTypes types, LeaveRules rules,
			TenantTime time, MessageSource messages, LeavePolicies policies, LeaveRequestTable table) {
		this.table = table;
		this.policies = policies;
		this.requests = requests;
		this.balances = balances;
		this.types = types;
		this.rules = rules;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping("/leave")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	String requests(@RequestParam(required = false) LeaveStatus status, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		ListTable table = this.table.of(status, sort);
		model.addAttribute("table", table);
		model.addAttribute("result",
				LeaveRequestTable.page(LeaveRequestTable.sorted(requests.list(null, status), table.sort()), page));
		model.addAttribute("status", status);
		if (ListTable.rowsOnly(request)) {
			return "leave/requests :: results";
		}
		model.addAttribute("statuses", LeaveStatus.values());
		model.addAttribute("types", types.list());
		model.addAttribute("today", time.today());
		return "leave/requests";
	}

	@PostMapping("/leave/requests")
	@PreAuthorize("hasAuthority('LEAVE_WRITE')")
	String submit(@RequestParam String type, @RequestParam LocalDate start, @RequestParam LocalDate end,
			@RequestParam(required = false) Half startHalf, @RequestParam(required = false) Half endHalf,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/leave", "leave.page.submitted",
				() -> requests.submit(new SubmitLeave(null, type, start, end, startHalf, endHalf, null, reason)));
	}

	@PostMapping("/leave/requests/{id}/cancel")
	@PreAuthorize("hasAuthority('LEAVE_WRITE')")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/leave", "leave.page.cancelled", () -> requests.cancel(id));
	}

	@GetMapping("/leave/balances")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	String balances(@RequestParam(required = false) UUID employeeId, Model model) {
		model.addAttribute("employeeId", employeeId);
		model.addAttribute("balances", employeeId != null ? balances.of(employeeId) : ownBalances());
		model.addAttribute("types", types.list());
		return "leave/balances";
	}

	@PostMapping("/leave/balances/adjustments")
	@PreAuthorize("hasAuthority('LEAVE_ADMIN')")
	String adjust(@RequestParam UUID employeeId, @RequestParam String type, @RequestParam String days,
			@RequestParam String reason, RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/leave/balances?employeeId=" + employeeId, "leave.page.adjusted",
				() -> balances.adjust(new AdjustBalance(employeeId, type, Decimals.parse(days), null, reason)));
	}

	@GetMapping("/leave/calendar")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	String calendar(@RequestParam(required = false) YearMonth month, Model model) {
		YearMonth shown = month == null ? YearMonth.from(time.today()) : month;
		Map<LocalDate, List<TeamAbsence>> byDate = requests.away(shown.atDay(1), shown.atEndOfMonth())
			.stream()
			.collect(Collectors.groupingBy(TeamAbsence::date, TreeMap::new, Collectors.toList()));
		model.addAttribute("month", shown);
		model.addAttribute("days", byDate);
		return "leave/calendar";
	}

	@GetMapping("/leave/types")
	@PreAuthorize("hasAuthority('LEAVE_READ')")
	String types(Model model) {
		LocalDate today = time.today();
		model.addAttribute("types", types.list());
		model.addAttribute("province", rules.province());
		model.addAttribute("rules", rules.inForce(today));
		model.addAttribute("sickPay", rules.sickPay(today));
		return "leave/types";
	}

	@GetMapping("/leave/policy")
	@PreAuthorize("hasAuthority('LEAVE_ADMIN')")
	String policy(Model model) {
		model.addAttribute("policy", policies.current());
		return "leave/policy";
	}

	@PostMapping("/leave/policy")
	@PreAuthorize("hasAuthority('LEAVE_ADMIN')")
	String changePolicy(@RequestParam String province, @RequestParam String accrual,
			@RequestParam String carryOverMaxDays, @RequestParam Integer carryOverMonths,
			@RequestParam(required = false) String hrApprovalAboveDays, RedirectAttributes redirect) {
		return attempt(redirect, "redirect:/leave/policy", "leave.policy.saved", () -> policies.change(
				new LeavePolicies.ChangePolicy(province, accrual, Decimals.parse(carryOverMaxDays), carryOverMonths,
						hrApprovalAboveDays == null || hrApprovalAboveDays.isBlank() ? null
								: Decimals.parse(hrApprovalAboveDays))));
	}

	/** The caller's own balances; none for a login without an employee record (an administrator). */
	private List<LeaveBalanceView> ownBalances() {
		try {
			return balances.mine();
		}
		catch (NotFoundException noEmployeeRecord) {
			return List.of();
		}
	}

	private String attempt(RedirectAttributes redirect, String target, String doneKey, Supplier<?> work) {
		try {
			work.get();
			redirect.addFlashAttribute("notice", text(doneKey));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", text(ex.messageKey(), ex.arguments()));
		}
		catch (InvalidFieldsException ex) {
			redirect.addFlashAttribute("error", ex.problems().stream()
				.map(problem -> text(problem.messageKey(), problem.arguments()))
				.collect(Collectors.joining(" ")));
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("error", text("error.leave.number"));
		}
		return target;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
