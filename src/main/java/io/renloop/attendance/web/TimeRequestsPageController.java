package io.renloop.attendance.web;

import io.renloop.attendance.ClockCorrections;
import io.renloop.attendance.ClockCorrections.CorrectionView;
import io.renloop.attendance.ShiftSwaps;
import io.renloop.attendance.web.MyTimeRequestsPageController.RequestNames;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.platform.TenantTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's and HR's list of clock corrections and shift swaps within their data scope (a team, or everybody),
 * filtered by state; decisions are taken in the approvals inbox.
 */
@Controller
class TimeRequestsPageController {

	static final List<String> STATES = List.of("PENDING", "APPROVED", "REJECTED", "RETURNED");

	private final ClockCorrections corrections;

	private final ShiftSwaps swaps;

	private final EmployeeDirectory directory;

	private final TenantTime time;

	TimeRequestsPageController(ClockCorrections corrections, ShiftSwaps swaps, EmployeeDirectory directory,
			TenantTime time) {
		this.corrections = corrections;
		this.swaps = swaps;
		this.directory = directory;
		this.time = time;
	}

	@GetMapping("/attendance/requests")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	String list(@RequestParam(required = false) String status, Model model) {
		String shown = status == null || !STATES.contains(status.toUpperCase(Locale.ROOT)) ? null
				: status.toUpperCase(Locale.ROOT);
		List<CorrectionView> correctionList = "RETURNED".equals(shown) ? List.of() : corrections.list(shown);
		List<ShiftSwaps.SwapView> swapList = swaps.list(shown);
		List<UUID> people = Stream.concat(correctionList.stream().map(CorrectionView::employeeId),
				swapList.stream().flatMap(s -> Stream.of(s.requesterId(), s.partnerId()))).toList();
		model.addAttribute("status", shown);
		model.addAttribute("states", STATES);
		model.addAttribute("corrections", correctionList);
		model.addAttribute("swaps", swapList);
		model.addAttribute("names", RequestNames.ofIds(directory, people));
		model.addAttribute("zone", time.zone());
		return "attendance/requests";
	}
}
