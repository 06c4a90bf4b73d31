package io.renloop.attendance.web;

import io.renloop.attendance.ClockCorrections;
import io.renloop.attendance.ClockCorrections.AskCorrection;
import io.renloop.attendance.ShiftSwaps;
import io.renloop.attendance.ShiftSwaps.RequestSwap;
import io.renloop.employee.EmployeeDepartments;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's phone page for time requests: ask for a missing punch (补卡) or propose a shift swap (调班) with a
 * colleague of the same department, and follow their state. A login without an employee record sees an
 * explanation only.
 */
@Controller
class MyTimeRequestsPageController {

	static final String PAGE = "/me/time";

	private final ClockCorrections corrections;

	private final ShiftSwaps swaps;

	private final EmployeeDirectory directory;

	private final EmployeeDepartments departments;

	private final TenantTime time;

	private final AttendancePageActions actions;

	MyTimeRequestsPageController(ClockCorrections corrections, ShiftSwaps swaps, EmployeeDirectory directory,
			EmployeeDepartments departments, TenantTime time, AttendancePageActions actions) {
		this.corrections = corrections;
		this.swaps = swaps;
		this.directory = directory;
		this.departments = departments;
		this.time = time;
		this.actions = actions;
	}

	@GetMapping(PAGE)
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	String page(Model model) {
		UUID me = CurrentUser.require().employeeId();
		LocalDate today = time.today();
		model.addAttribute("today", today);
		model.addAttribute("zone", time.zone());
		model.addAttribute("employee", me != null);
		if (me == null) {
			return "attendance/my-time";
		}
		List<ShiftSwaps.SwapView> mine = swaps.list(null)
			.stream()
			.filter(s -> me.equals(s.requesterId()) || me.equals(s.partnerId()))
			.toList();
		UUID department = departments.departmentsOf(List.of(me)).get(me);
		List<EmployeeDirectory.Entry> colleagues = department == null ? List.of()
				: directory.employedBetween(today, today, List.of(department))
					.stream()
					.filter(e -> !me.equals(e.id()))
					.sorted(java.util.Comparator.comparing(EmployeeDirectory.Entry::name))
					.toList();
		model.addAttribute("me", me);
		model.addAttribute("corrections", corrections.of(me));
		model.addAttribute("swaps", mine);
		model.addAttribute("colleagues", colleagues);
		model.addAttribute("names", RequestNames.of(directory, mine));
		return "attendance/my-time";
	}

	@PostMapping(PAGE + "/corrections")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	String askCorrection(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return actions.attempt(redirect, PAGE, "timeclock.requests.correctionAsked",
				() -> corrections.request(new AskCorrection(null, at.atZone(time.zone()).toOffsetDateTime(),
						blankToNull(reason))));
	}

	@PostMapping(PAGE + "/swaps")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	String proposeSwap(@RequestParam UUID partnerId, @RequestParam LocalDate date,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return actions.attempt(redirect, PAGE, "timeclock.requests.swapProposed",
				() -> swaps.request(new RequestSwap(null, partnerId, date, blankToNull(reason))));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Names of the people of a list of requests, for the pages. */
	static final class RequestNames {

		private RequestNames() {
		}

		static Map<UUID, String> of(EmployeeDirectory directory, List<ShiftSwaps.SwapView> swaps) {
			return ofIds(directory, swaps.stream().flatMap(s -> java.util.stream.Stream.of(s.requesterId(),
					s.partnerId())).toList());
		}

		static Map<UUID, String> ofIds(EmployeeDirectory directory, List<UUID> ids) {
			Map<UUID, String> names = new java.util.HashMap<>();
			directory.contactsOf(new java.util.HashSet<>(ids)).forEach((id, contact) -> names.put(id, contact.name()));
			return names;
		}
	}
}
