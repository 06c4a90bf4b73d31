package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeStatus;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantContext;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves whole records: a hire, an edit in place (which never moves the status) and the rehire of a former
 * employee, which takes the whole record of the returning person.
 */
@Component
@Transactional
class RecordKeeping {

	private final EmployeeRepository employees;

	private final ScopedEmployees scoped;

	private final EmployeeRecordChecks checks;

	private final PersonalDataVault vault;

	private final EmployeeHistoryJson history;

	private final EmployeeViews views;

	private final AuditTrail audit;

	RecordKeeping(EmployeeRepository employees, ScopedEmployees scoped, EmployeeRecordChecks checks,
			PersonalDataVault vault, EmployeeHistoryJson history, EmployeeViews views, AuditTrail audit) {
		this.employees = employees;
		this.scoped = scoped;
		this.checks = checks;
		this.vault = vault;
		this.history = history;
		this.views = views;
		this.audit = audit;
	}

	EmployeeDetails hire(SaveEmployee command) {
		String number = checks.numberOf(command, null);
		checks.check(command, null, number, command.workStartDate());
		EmployeeStatus status = Objects.requireNonNullElse(command.status(), EmployeeStatus.PROBATION);
		Employee employee = new Employee(TenantContext.require(), number, command.hireDate(), status);
		apply(employee, command, number, command.workStartDate());
		OrgNames.Snapshot names = views.names();
		employee.hired(names);
		employees.save(employee);
		EmployeeDetails created = views.details(employee, names);
		audit.recordChange("CREATE", "Employee", employee.id(), null, created);
		return created;
	}

	EmployeeDetails update(UUID id, SaveEmployee command) {
		Employee employee = scoped.load(id);
		OrgNames.Snapshot names = views.names();
		EmployeeDetails before = views.details(employee, names);
		String number = checks.numberOf(command, employee.employeeNo());
		LocalDate workStart = command.workStartDate() != null ? command.workStartDate() : employee.workStartDate();
		checks.check(command, id, number, command.workStartDate());
		apply(employee, command, number, workStart);
		employee.edited(command.status());
		employees.save(employee);
		EmployeeDetails after = views.details(employee, names);
		audit.recordChange("UPDATE", "Employee", id, before, after);
		return after;
	}

	EmployeeDetails rehire(UUID id, SaveEmployee command) {
		Employee employee = scoped.load(id);
		OrgNames.Snapshot names = views.names();
		EmployeeDetails before = views.details(employee, names);
		// the working life began with the earlier employment at the latest
		LocalDate workStart = Stream.of(employee.workStartDate(), command.workStartDate(), employee.hireDate())
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElseThrow();
		checks.check(command, id, employee.employeeNo(), workStart);
		employee.rehire(command.hireDate(), Objects.requireNonNullElse(command.status(), EmployeeStatus.PROBATION),
				new Employee.Placement(command.departmentId(), command.positionId(), command.managerId()), names);
		apply(employee, command, employee.employeeNo(), workStart);
		employees.save(employee);
		EmployeeDetails after = views.details(employee, names);
		audit.recordChange("REHIRE", "Employee", id, before, after);
		return after;
	}

	private void apply(Employee employee, SaveEmployee command, String number, LocalDate workStart) {
		employee.describe(number, command.name().trim(), command.email(), vault.phone(employee, command.phone()),
				command.hireDate(), workStart);
		employee.assign(command.departmentId(), command.positionId(), command.managerId());
		employee.recordHistory(history.write(command.education()), history.write(command.workHistory()),
				history.write(command.certificates()));
		vault.seal(employee, command.idNumber(), command.bankAccount(), command.birthDate(), command.address());
	}
}
