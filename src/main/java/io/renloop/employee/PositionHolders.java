package io.renloop.employee;

import io.renloop.employee.EmployeeRecords.Certificate;
import io.renloop.employee.EmployeeRecords.Education;
import io.renloop.employee.EmployeeRecords.WorkHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Read-only: the qualifications of the people who currently hold a position of the current tenant, without names
 * or personal data, for statistics such as the ideal candidate profile. Covers the whole tenant, whatever the
 * caller's data scope, because only the qualifications leave it.
 */
public interface PositionHolders {

	/** The employees of the position who are not terminated, in no particular order. */
	List<Qualifications> activeIn(UUID positionId);

	/**
	 * What an employee brings to a position.
	 * @param employeeId who, so that statistics can weigh people by what other modules know of them (their results)
	 * @param hireDate when they joined
	 * @param education their degrees
	 * @param workHistory their previous jobs
	 * @param certificates their certificates, expired ones included
	 */
	record Qualifications(UUID employeeId, LocalDate hireDate, List<Education> education, List<WorkHistory> workHistory,
			List<Certificate> certificates) {

		public Qualifications {
			education = education == null ? List.of() : List.copyOf(education);
			workHistory = workHistory == null ? List.of() : List.copyOf(workHistory);
			certificates = certificates == null ? List.of() : List.copyOf(certificates);
		}
	}
}
