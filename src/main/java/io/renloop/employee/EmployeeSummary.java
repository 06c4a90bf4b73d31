package io.renloop.employee;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee as a list shows it; no personal data, the phone masked.
 */
public record EmployeeSummary(UUID id, String employeeNo, String name, String email, String phone, UUID departmentId,
		String departmentName, UUID positionId, String positionName, EmployeeStatus status, LocalDate hireDate) {
}
