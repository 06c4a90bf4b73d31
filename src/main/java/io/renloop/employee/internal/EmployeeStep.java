package io.renloop.employee.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A step an {@link Employee} took, registered by the transition that took it and written on the employee's
 * timeline by {@link TimelineSteps} in the same transaction.
 */
record EmployeeStep(UUID employeeId, LocalDate occurredOn, String type, String summary, Map<String, Object> facts) {
}
