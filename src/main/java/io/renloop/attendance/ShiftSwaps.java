package io.renloop.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Two employees swap their shifts of one day (调班). The request goes through the workflow module (subject type
 * {@value #SUBJECT_TYPE}, by default approved by the requester's manager); once approved, each works the other's
 * shift that day.
 */
public interface ShiftSwaps {

	String SUBJECT_TYPE = "shift-swap";

	/**
	 * Asks for a swap; the requester is the caller's own employee unless {@code employeeId} names one in the
	 * caller's data scope.
	 *
	 * @throws io.renloop.platform.BusinessRuleException when both work the same shift that day or the day is past
	 */
	SwapView request(RequestSwap command);

	/**
	 * The swaps the caller may see, newest first (at most {@value #LIST_LIMIT}): those in which their own employee
	 * takes part, for managers those of their department subtree (as requester or partner), for HR all.
	 *
	 * @param status PENDING, APPROVED, REJECTED, RETURNED or CANCELLED; null for all
	 */
	List<SwapView> list(String status);

	/** The most swaps or corrections a list gives. */
	int LIST_LIMIT = 500;

	/** @param employeeId the requester, null for the caller's own employee record */
	record RequestSwap(UUID employeeId, @NotNull UUID partnerId, @NotNull LocalDate date,
			@Size(max = 500) String reason) {
	}

	/** @param status PENDING, APPROVED, REJECTED, RETURNED or CANCELLED (a partner left before the day) */
	record SwapView(UUID id, UUID requesterId, UUID partnerId, LocalDate date, String status, String reason) {
	}
}
