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

	/**
	 * Edits the record in place. The status is not the edit's: a command naming another status than the current
	 * one is refused (409, key {@code error.employee.statusThroughLifecycle}) and the step is taken with
	 * {@link #changeLifecycle}, which writes the timeline; null or the current status keeps it.
	 */
	EmployeeDetails update(UUID id, SaveEmployee command);

	/**
	 * Takes one step of the employment: confirmation (from PROBATION), transfer or promotion, leave of absence
	 * (from PROBATION or ACTIVE), return from leave (from ON_LEAVE), or termination. A TERMINATED employee takes no
	 * step (only a {@link #rehire}). Writes the step on the timeline and announces {@link EmployeeLifecycleChanged}.
	 *
	 * @throws io.renloop.platform.BusinessRuleException when the employee's status does not allow the step
	 */
	EmployeeDetails changeLifecycle(UUID id, ChangeLifecycle command);

	/**
	 * Hires a former (TERMINATED) employee again on the command's terms, into the same record: the employee number
	 * and the timeline stay, the hire date, department, position, manager, status (PROBATION or ACTIVE, as a hire
	 * sets it), contact and personal data become the command's (personal data left null keep their stored value),
	 * 参加工作日期 stays the earlier one. Writes a {@code REHIRE} step and announces {@link EmployeeLifecycleChanged}
	 * with change {@code REHIRE}, effective on the new hire date.
	 *
	 * @throws io.renloop.platform.BusinessRuleException when the employee is not a former one or the new hire date is
	 *     not after their last day
	 */
	EmployeeDetails rehire(UUID id, SaveEmployee command);
}
