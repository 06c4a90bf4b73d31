package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
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
		if (employee.status() == EmployeeStatus.TERMINATED) {
			throw new BusinessRuleException("error.employee.terminated");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		switch (command.type()) {
			case TRANSFER, PROMOTION -> {
				var department = Objects.requireNonNullElse(command.departmentId(), employee.departmentId());
				var position = Objects.requireNonNullElse(command.positionId(), employee.positionId());
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
				if (command.salary() != null) {
					vault.sealSalary(employee, command.salary());
					details.put("payChanged", true);
				}
				return new Step(details.get("fromDepartment") + " / " + details.get("fromPosition") + " → "
						+ details.get("toDepartment") + " / " + details.get("toPosition"), details);
			}
			case PAY_CHANGE -> {
				if (command.salary() == null) {
					throw InvalidFieldsException.of("salary", "validation.required");
				}
				vault.sealSalary(employee, command.salary());
				details.put("payChanged", true);
				return new Step("", details);
			}
			case LEAVE_OF_ABSENCE -> employee.changeStatus(EmployeeStatus.ON_LEAVE, command.effectiveDate());
			case RETURN_FROM_LEAVE, CONFIRMATION -> employee.changeStatus(EmployeeStatus.ACTIVE, command.effectiveDate());
			case TERMINATION -> employee.changeStatus(EmployeeStatus.TERMINATED, command.effectiveDate());
		}
		details.put("status", employee.status().name());
		return new Step("", details);
	}

	record Step(String summary, Map<String, Object> details) {
	}
}
