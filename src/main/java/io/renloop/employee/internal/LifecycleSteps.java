package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeDetails;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one lifecycle step of an employee: checks what the record cannot know (the date against today, the
 * target unit and position exist) and hands the step to the record's named transition, which guards the status
 * and registers the timeline entry and the announcement.
 */
@Component
@Transactional
class LifecycleSteps {

	private final ScopedEmployees scoped;

	private final EmployeeRepository employees;

	private final EmployeeReferences references;

	private final EmployeeViews views;

	private final AuditTrail audit;

	private final Clock clock;

	LifecycleSteps(ScopedEmployees scoped, EmployeeRepository employees, EmployeeReferences references,
			EmployeeViews views, AuditTrail audit, Clock clock) {
		this.scoped = scoped;
		this.employees = employees;
		this.references = references;
		this.views = views;
		this.audit = audit;
		this.clock = clock;
	}

	EmployeeDetails take(UUID id, ChangeLifecycle command) {
		Employee employee = scoped.load(id);
		OrgNames.Snapshot names = views.names();
		EmployeeDetails before = views.details(employee, names);
		EmployeeDates.checkEffectiveDate(command.effectiveDate(), LocalDate.now(clock));
		LocalDate on = command.effectiveDate();
		String reason = command.reason();
		switch (command.type()) {
			case CONFIRMATION -> employee.confirm(on, reason);
			case TRANSFER -> employee.transfer(target(command), on, reason, names);
			case PROMOTION -> employee.promote(target(command), on, reason, names);
			case LEAVE_OF_ABSENCE -> employee.startLeave(on, reason);
			case RETURN_FROM_LEAVE -> employee.returnFromLeave(on, reason);
			case TERMINATION -> employee.terminate(on, reason);
			case PAY_CHANGE -> throw InvalidFieldsException.of("type", "error.employee.payChangeInPayroll");
			// a rehire carries the new terms and personal data of an onboarding case, which a step cannot
			case REHIRE -> throw InvalidFieldsException.of("type", "error.employee.rehireThroughOnboarding");
		}
		employees.save(employee);
		EmployeeDetails after = views.details(employee, names);
		audit.recordChange(command.type().name(), "Employee", id, before, after);
		return after;
	}

	/** The unit and position a move names, each of which must exist in the tenant. */
	private Employee.Placement target(ChangeLifecycle command) {
		if (command.departmentId() != null && !references.departmentExists(command.departmentId())) {
			throw InvalidFieldsException.of("departmentId", "error.reference.unknown");
		}
		if (command.positionId() != null && !references.positionExists(command.positionId())) {
			throw InvalidFieldsException.of("positionId", "error.reference.unknown");
		}
		return new Employee.Placement(command.departmentId(), command.positionId(), command.managerId());
	}
}
