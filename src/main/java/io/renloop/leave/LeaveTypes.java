package io.renloop.leave;

import java.util.List;

/** The current tenant's leave types: the built-in ones as the tenant changed them, and its own. */
public interface LeaveTypes {

	List<LeaveTypeView> list();

	/** The type of the code; 404 for a code the tenant does not have. */
	LeaveTypeView get(String code);

	/**
	 * Changes a type or adds one of the tenant's own; needs LEAVE_ADMIN and is audited.
	 *
	 * @param code upper-case letters, digits and underscores
	 */
	LeaveTypeView save(String code, SaveLeaveType command);
}
