package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.organization.Organization;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks that the departments, positions and managers an employee refers to exist in the tenant, and
 * assigns employee numbers.
 */
@Component
class EmployeeReferences {

	private final Organization organization;

	private final EmployeeRepository employees;

	EmployeeReferences(Organization organization, EmployeeRepository employees) {
		this.organization = organization;
		this.employees = employees;
	}

	List<FieldProblem> problems(SaveEmployee command, UUID self) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!departmentExists(command.departmentId())) {
			problems.add(new FieldProblem("departmentId", "error.reference.unknown"));
		}
		if (command.positionId() != null && !positionExists(command.positionId())) {
			problems.add(new FieldProblem("positionId", "error.reference.unknown"));
		}
		if (command.managerId() != null) {
			if (command.managerId().equals(self)) {
				problems.add(new FieldProblem("managerId", "error.employee.ownManager"));
			}
			else if (employees.findById(command.managerId()).isEmpty()) {
				problems.add(new FieldProblem("managerId", "error.reference.unknown"));
			}
		}
		return problems;
	}

	boolean departmentExists(UUID id) {
		return exists(() -> organization.department(id));
	}

	boolean positionExists(UUID id) {
		return exists(() -> organization.position(id));
	}

	Set<UUID> subtreeOf(UUID departmentId) {
		try {
			return organization.subtreeIds(departmentId);
		}
		catch (NotFoundException ex) {
			return Set.of();
		}
	}

	String nameOf(UUID employeeId) {
		if (employeeId == null) {
			return null;
		}
		return employees.findById(employeeId).map(Employee::name).orElse(null);
	}

	/** The next free number of the form {@code E000123}. */
	String nextEmployeeNo() {
		int next = employees.maxEmployeeNoWithPrefix("E")
			.filter(n -> n.matches("E\\d+"))
			.map(n -> Integer.parseInt(n.substring(1)) + 1)
			.orElse(1);
		String candidate = String.format("E%06d", next);
		while (employees.existsByEmployeeNo(candidate)) {
			candidate = String.format("E%06d", ++next);
		}
		return candidate;
	}

	private static boolean exists(Runnable lookup) {
		try {
			lookup.run();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}
}
