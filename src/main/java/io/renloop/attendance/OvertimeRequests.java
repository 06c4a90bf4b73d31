package io.renloop.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Overtime asked for and approved through the workflow (subject type {@code overtime}). Approved minutes count in
 * the daily results (unless the tenant counts all overtime by rule). Rest-day overtime may be taken as
 * compensatory leave (调休假) instead of pay: the choice is recorded on the request.
 */
public interface OvertimeRequests {

	/** The workflow subject type of overtime approvals. */
	String SUBJECT_TYPE = "overtime";

	OvertimeView request(AskOvertime command);

	/** Overtime for one day; {@code employeeId} defaults to the caller; {@code compensation} PAY (default) or LEAVE. */
	record AskOvertime(UUID employeeId, @NotNull LocalDate date, @NotNull @Min(30) @Max(24 * 60) Integer minutes,
			String compensation, @Size(max = 500) String reason) {
	}

	/** A request and its state: PENDING, APPROVED or REJECTED. */
	record OvertimeView(UUID id, UUID employeeId, LocalDate date, int minutes, String compensation, String status) {
	}
}
