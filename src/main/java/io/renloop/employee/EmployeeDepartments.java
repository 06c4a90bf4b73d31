package io.renloop.employee;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Read-only: the department of each of many employees of the current tenant, in one query, whatever the caller's
 * data scope, because only department ids leave the module. For bulk calculations (schedules of a whole company for
 * a monthly close) that would otherwise read employee records one at a time.
 */
public interface EmployeeDepartments {

	/** The department of each known employee among the ids; unknown ids and other tenants' ids are left out. */
	Map<UUID, UUID> departmentsOf(Collection<UUID> employeeIds);
}
