package io.renloop.employee;

import io.renloop.employee.EmployeeRecords.Certificate;
import io.renloop.employee.EmployeeRecords.Education;
import io.renloop.employee.EmployeeRecords.WorkHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole employee record; personal data and the phone are masked here and revealed only through a separate,
 * audited read ({@link PersonalData}). {@code workStartDate} is 参加工作日期 (null when unknown).
 */
public record EmployeeDetails(UUID id, String employeeNo, String name, String email, String phone, UUID departmentId,
		String departmentName, UUID positionId, String positionName, UUID managerId, String managerName,
		LocalDate hireDate, LocalDate workStartDate, EmployeeStatus status, LocalDate terminationDate, List<Education> education,
		List<WorkHistory> workHistory, List<Certificate> certificates, PersonalData personalData, long version) {
}
