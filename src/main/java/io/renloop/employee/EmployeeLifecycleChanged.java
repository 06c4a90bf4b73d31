package io.renloop.employee;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A transfer, promotion, pay change, leave, termination or rehire took effect. A {@code REHIRE} ends the effects of
 * the earlier termination from {@code effectiveDate}, the new hire date, on.
 */
public record EmployeeLifecycleChanged(String tenantId, UUID employeeId, LifecycleChange change,
		LocalDate effectiveDate, UUID departmentId, UUID positionId) {
}
