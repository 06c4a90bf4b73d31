package io.renloop.attendance.web;

import io.renloop.attendance.ShiftSwaps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Shift swaps between two employees, approved through the workflow module. */
@RestController
@Tag(name = "Shift swaps", description = "调班: two employees swap their shifts of one day once approved")
class ShiftSwapApiController {

	private final ShiftSwaps swaps;

	ShiftSwapApiController(ShiftSwaps swaps) {
		this.swaps = swaps;
	}

	@PostMapping("/api/v1/attendance/shift-swaps")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask to swap a day's shift with a colleague", description = "Starts the approval "
			+ "(subject type `shift-swap`, by default the requester's manager); once approved each works the other's "
			+ "shift that day. 409 when both work the same shift; 400 for a past day")
	ShiftSwaps.SwapView request(@Valid @RequestBody ShiftSwaps.RequestSwap command) {
		return swaps.request(command);
	}

	@GetMapping("/api/v1/attendance/shift-swaps")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "Shift swaps the caller may see", description = "Newest first, at most 500: swaps in which "
			+ "the caller's own employee takes part; for managers those of their department subtree (as requester or "
			+ "partner); for HR all. status (PENDING, APPROVED, REJECTED, RETURNED, CANCELLED) filters; an unknown status is 400")
	List<ShiftSwaps.SwapView> list(@RequestParam(required = false) String status) {
		return swaps.list(status);
	}
}
