package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeStatus;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Applies one lifecycle change to an employee and describes it for the timeline.
 */
final class LifecycleSteps {

	private final EmployeeReferences references;

	private final PersonalDataVault vault;

	LifecycleSteps(EmployeeReferences references, PersonalDataVault vault) {
		this.references = references;
		this.vault = vault;
	}

	Step apply(Employee employee, ChangeLifecycle command, OrgNames.Snapshot names) {
		if (command.type() == LifecycleChange.REHIRE) {
			// a rehire carries the new terms and personal data of an onboarding case, which a step cannot
			throw InvalidFieldsException.of("type", "error.employee.rehireThroughOnboarding");
		}
		if (employee.status() == EmployeeStatus.TERMINATED) {
			throw new BusinessRuleException("error.employee.terminated");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		switch (command.type()) {
			case TRANSFER, PROMOTION -> {
				if (command.type() == LifecycleChange.TRANSFER && !movesUnitOrPosition(employee, command)) {
					throw InvalidFieldsException.of("departmentId", "error.employee.transferTarget");
				}
				var department = Objects.requireNonNullElse(command.departmentId(), employee.departmentId());
				// an employee may have no position: keep none rather than fail on it
				var position = command.positionId() != null ? command.positionId() : employee.positionId();
				if (!references.departmentExists(department)) {
					throw InvalidFieldsException.of("departmentId", "error.reference.unknown");
				}
				if (position != null && !references.positionExists(position)) {
					throw InvalidFieldsException.of("positionId", "error.reference.unknown");
				}
				details.put("fromDepartment", names.department(employee.departmentId()));
				details.put("fromPosition", names.position(employee.positionId()));
				employee.assign(department, position, command.managerId() != null ? command.managerId() : employee.managerId());
				details.put("toDepartment", names.department(department));
				details.put("toPosition", names.position(position));
				return new Step(details.get("fromDepartment") + " / " + details.get("fromPosition") + " → "
						+ details.get("toDepartment") + " / " + details.get("toPosition"), details);
			}
			case PAY_CHANGE -> throw InvalidFieldsException.of("type", "error.employee.payChangeInPayroll");
			case LEAVE_OF_ABSENCE -> employee.changeStatus(EmployeeStatus.ON_LEAVE, command.effectiveDate());
			case RETURN_FROM_LEAVE, CONFIRMATION -> employee.changeStatus(EmployeeStatus.ACTIVE, command.effectiveDate());
			case TERMINATION -> employee.changeStatus(EmployeeStatus.TERMINATED, command.effectiveDate());
		}
		details.put("status", employee.status().name());
		return new Step("", details);
	}

	/** A transfer without a new unit or position would only write an empty step on the timeline. */
	private static boolean movesUnitOrPosition(Employee employee, ChangeLifecycle command) {
		return (command.departmentId() != null && !command.departmentId().equals(employee.departmentId()))
				|| (command.positionId() != null && !command.positionId().equals(employee.positionId()));
	}

	record Step(String summary, Map<String, Object> details) {
	}
}
