package io.renloop.employee;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee record was created.
 */
public record EmployeeHired(String tenantId, UUID employeeId, String employeeNo, UUID departmentId, UUID positionId,
		LocalDate hireDate) {
}
