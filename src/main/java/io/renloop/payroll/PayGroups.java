package io.renloop.payroll;

import java.util.List;

/** The current tenant's pay groups. */
public interface PayGroups {

	List<PayGroupView> list();

	/** Creates the group with this code or changes it (PAYROLL_ADMIN, audited). */
	PayGroupView save(String code, SavePayGroup command);
}
