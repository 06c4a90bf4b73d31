package io.renloop.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

	/** @param employeeId the requester, null for the caller's own employee record */
	record RequestSwap(UUID employeeId, @NotNull UUID partnerId, @NotNull LocalDate date,
			@Size(max = 500) String reason) {
	}

	/** @param status PENDING, APPROVED, REJECTED, RETURNED or CANCELLED (a partner left before the day) */
	record SwapView(UUID id, UUID requesterId, UUID partnerId, LocalDate date, String status) {
	}
}
