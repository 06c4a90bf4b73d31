package io.renloop.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Clock corrections (补卡): a missing punch asked for and approved through the workflow (subject type
 * {@code attendance-correction}). Once approved, the punch becomes a clock event of source {@code CORRECTION} and
 * counts in the daily results. An employee may ask for at most the tenant's monthly limit (3 by default) per month,
 * never for a future time nor in a closed month.
 */
public interface ClockCorrections {

	/** The workflow subject type of correction approvals. */
	String SUBJECT_TYPE = "attendance-correction";

	/** The device id of the clock events that approved corrections become; the correction id is the event id. */
	String DEVICE_ID = "correction";

	CorrectionView request(AskCorrection command);

	/** The employee's corrections, newest punch first; not found outside the caller's data scope. */
	List<CorrectionView> of(UUID employeeId);

	/**
	 * The corrections the caller may see, newest punch first (at most {@value ShiftSwaps#LIST_LIMIT}): their own,
	 * their department subtree's for managers, everyone's for HR.
	 *
	 * @param status PENDING, APPROVED or REJECTED; null for all
	 */
	List<CorrectionView> list(String status);

	/** The missing punch; {@code employeeId} defaults to the caller, {@code at} is ISO-8601 with an offset. */
	record AskCorrection(UUID employeeId, @NotNull OffsetDateTime at, @Size(max = 500) String reason) {
	}

	/** A correction and its state: PENDING, APPROVED or REJECTED. */
	record CorrectionView(UUID id, UUID employeeId, Instant at, String reason, String status) {
	}
}
