package io.renloop.leave;

import java.util.List;
import java.util.UUID;

/**
 * Balances of the types that have one: annual leave (statutory days by years of work, accrued yearly or monthly,
 * carried over until it expires) and compensatory leave, plus HR's adjustments.
 */
public interface LeaveBalances {

	/** The balances of an employee within the caller's data scope; 404 outside it. */
	List<LeaveBalanceView> of(UUID employeeId);

	/** The caller's own balances. */
	List<LeaveBalanceView> mine();

	/** Adjusts a balance with an audited reason; returns the employee's balances after it. */
	List<LeaveBalanceView> adjust(AdjustBalance command);
}
