package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The checks of a whole record before it is saved, reported together: references, a number another record holds,
 * personal data and dates.
 */
@Component
class EmployeeRecordChecks {

	private final EmployeeReferences references;

	private final EmployeeRepository employees;

	private final PersonalDataVault vault;

	private final Clock clock;

	EmployeeRecordChecks(EmployeeReferences references, EmployeeRepository employees, PersonalDataVault vault,
			Clock clock) {
		this.references = references;
		this.employees = employees;
		this.vault = vault;
		this.clock = clock;
	}

	/** The command's employee number, or {@code current} when it is blank (the next free one for a new record). */
	String numberOf(SaveEmployee command, String current) {
		if (command.employeeNo() != null && !command.employeeNo().isBlank()) {
			return command.employeeNo();
		}
		return current != null ? current : references.nextEmployeeNo();
	}

	/**
	 * @param self the record being saved, null for a new one
	 * @throws InvalidFieldsException with every field problem at once
	 */
	void check(SaveEmployee command, UUID self, String number, LocalDate workStart) {
		List<FieldProblem> problems = new ArrayList<>(references.problems(command, self));
		employees.findByEmployeeNo(number)
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> problems.add(new FieldProblem("employeeNo", "error.employee.numberTaken", number)));
		problems.addAll(vault.problems(command.idNumber(), command.bankAccount(), command.birthDate()));
		problems.addAll(EmployeeDates.problems(command.hireDate(), command.birthDate(), LocalDate.now(clock)));
		problems.addAll(EmployeeDates.workStartProblems(workStart, command.hireDate()));
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}
}
