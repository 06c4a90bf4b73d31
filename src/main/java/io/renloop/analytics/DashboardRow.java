package io.renloop.analytics;

import java.util.UUID;

/**
 * A person behind a dashboard number (the drill-down list).
 *
 * @param employeeId the employee
 * @param employeeNo the employee number
 * @param name the employee's name
 * @param departmentId the unit the figure counted the employee in
 * @param departmentName its name
 * @param positionId the position, may be null
 * @param positionName its name, may be null
 * @param detail what the person contributed to the number, e.g. the exit date or the overtime hours
 * @param candidateId for a hiring-funnel figure, the candidate behind the application (employeeId is then null)
 */
public record DashboardRow(UUID employeeId, String employeeNo, String name, UUID departmentId, String departmentName,
		UUID positionId, String positionName, String detail, UUID candidateId) {
}
