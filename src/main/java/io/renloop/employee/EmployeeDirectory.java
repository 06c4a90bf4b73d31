package io.renloop.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Read-only bulk look-ups of the current tenant's employees by number, for machines that speak in employee
 * numbers (time clocks, terminal exports) and for period-wide computations. Covers the whole tenant whatever the
 * caller's data scope, because only ids, numbers, names, departments and employment dates leave it; callers narrow to the viewer's scope themselves.
 */
public interface EmployeeDirectory {

	/** The ids of the employees with the given numbers; unknown numbers are absent from the map. */
	Map<String, UUID> idsByNumber(Collection<String> employeeNos);

	/** The employees employed on at least one day between the dates (hired on or before {@code to}, not left
	 * before {@code from}), ordered by id. */
	List<Entry> employedBetween(LocalDate from, LocalDate to);

	/** An employee's id and number, with what period-wide computations group and prorate by. */
	record Entry(UUID id, String employeeNo, String name, UUID departmentId, LocalDate hireDate,
			LocalDate terminationDate, UUID positionId) {
	}
}
