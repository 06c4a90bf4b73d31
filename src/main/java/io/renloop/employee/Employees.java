package io.renloop.employee;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.shared.PageView;
import java.util.UUID;

/**
 * Employee records of the current tenant. Every read is narrowed to the caller's data scope; records
 * outside it are reported as not found.
 */
public interface Employees {

	PageView<EmployeeSummary> search(EmployeeQuery query);

	EmployeeDetails get(UUID id);

	/**
	 * Like {@link #search(EmployeeQuery)}, but whole records with personal data masked, read in one go;
	 * for exports and reports that need every field of many employees.
	 */
	PageView<EmployeeDetails> searchDetails(EmployeeQuery query);

	/** The plain personal data; needs the reveal permission and is audited. */
	PersonalData revealPersonalData(UUID id);

	EmployeeDetails hire(SaveEmployee command);

	EmployeeDetails update(UUID id, SaveEmployee command);

	EmployeeDetails changeLifecycle(UUID id, ChangeLifecycle command);
}
