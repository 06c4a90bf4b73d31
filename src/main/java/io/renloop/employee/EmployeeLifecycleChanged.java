package io.renloop.employee;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A transfer, promotion, pay change, leave or termination took effect.
 */
public record EmployeeLifecycleChanged(String tenantId, UUID employeeId, LifecycleChange change,
		LocalDate effectiveDate, UUID departmentId, UUID positionId) {
}
