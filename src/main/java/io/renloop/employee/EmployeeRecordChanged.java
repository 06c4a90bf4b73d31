package io.renloop.employee;

import java.util.UUID;

/**
 * An employee record was edited in place (name, unit, position, hire date or status — not through a lifecycle
 * step), so that modules keeping a copy of who works where can read the record again.
 */
public record EmployeeRecordChanged(String tenantId, UUID employeeId, UUID departmentId, UUID positionId) {
}
