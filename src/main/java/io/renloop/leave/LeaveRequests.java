package io.renloop.leave;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Leave requests of the current tenant, narrowed to the caller's data scope. A request holds its days from
 * submission; the approval runs through the workflow module (subject type {@code leave}).
 */
public interface LeaveRequests {

	/**
	 * Submits a request and starts its approval.
	 *
	 * @throws io.renloop.platform.BusinessRuleException for days already requested, more than the balance or the
	 * rule allows, dates before the hire date or without a working day
	 */
	LeaveRequestView submit(SubmitLeave command);

	LeaveRequestView get(UUID id);

	/** Requests within the caller's scope, newest start first; both filters optional. */
	List<LeaveRequestView> list(UUID employeeId, LeaveStatus status);

	List<LeaveRequestView> mine();

	/** Cancels a pending or approved request; its days return to the balance. */
	LeaveRequestView cancel(UUID id);

	/** Ends an approved leave early: the days after {@code lastDay} return to the balance. */
	LeaveRequestView returnEarly(UUID id, LocalDate lastDay);

	/** Who is away (pending or approved) between the dates, within the caller's scope. */
	List<TeamAbsence> away(LocalDate from, LocalDate to);
}
