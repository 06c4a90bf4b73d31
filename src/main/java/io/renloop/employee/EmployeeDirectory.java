package io.renloop.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	/**
	 * An employee's number, unit and employment dates, whatever the caller's data scope: for the caller's own
	 * record on self-service requests (balances, own month, clock-in), read in one indexed query; empty when unknown.
	 */
	Optional<Employment> employment(UUID employeeId);

	/** What self-service computations need of an employee's record. */
	record Employment(UUID id, String employeeNo, String name, UUID departmentId, LocalDate hireDate,
			LocalDate workStartDate, LocalDate terminationDate) {
	}

	/**
	 * The manager of an employee; empty when the employee has none or is unknown. One indexed read, for approval
	 * chains that walk up the hierarchy inside the requester's transaction.
	 */
	Optional<UUID> managerOf(UUID employeeId);

	/**
	 * Where to reach each of many employees and their manager, in one query: for reminders sent in bulk (a morning's
	 * certificate expiries). Unknown ids and other tenants' ids are left out.
	 */
	Map<UUID, Contact> contactsOf(Collection<UUID> employeeIds);

	/**
	 * The birth year of each of many employees whose birth date is on record, for aggregate age bands only (the
	 * full date stays sealed in this module); unknown ids, other tenants' ids and records without a birth date are
	 * left out.
	 */
	Map<UUID, Integer> birthYearsOf(Collection<UUID> employeeIds);

	/**
	 * The former (TERMINATED) employee who is the person with this phone or e-mail, if any: the phone compared by its
	 * digits with the Chinese country code ignored, the e-mail case-insensitively; the most recent leaver first. For
	 * recognizing a returning person (rehire); callers show it only to those who may read the record.
	 */
	Optional<UUID> formerEmployeeMatching(String phone, String email);

	/**
	 * An employee's name, e-mail and mobile number (null when not on record), whether they left, and their manager's
	 * e-mail (null when none).
	 */
	record Contact(UUID id, String name, String email, boolean left, String managerEmail, String phone) {
	}

	/** Like {@link #employedBetween} for the employees of the given departments only, unordered. */
	List<Entry> employedBetween(LocalDate from, LocalDate to, Collection<UUID> departmentIds);

	/** An employee's id and number, with what period-wide computations group and prorate by. */
	record Entry(UUID id, String employeeNo, String name, UUID departmentId, LocalDate hireDate,
			LocalDate terminationDate, UUID positionId) {
	}
}
