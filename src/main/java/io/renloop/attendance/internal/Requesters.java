package io.renloop.attendance.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import java.util.UUID;

/** Who a request of the attendance module is for when the caller names nobody: the caller's own employee record. */
public final class Requesters {

	private Requesters() {
	}

	/** The given employee, or the caller's own; refused when the caller's login has no employee record. */
	public static UUID employeeOrSelf(UUID employeeId) {
		UUID id = employeeId != null ? employeeId : CurrentUser.require().employeeId();
		if (id == null) {
			throw new BusinessRuleException("timeclock.clockIn.noEmployee");
		}
		return id;
	}
}
