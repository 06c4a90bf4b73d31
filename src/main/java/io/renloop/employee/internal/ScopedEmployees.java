package io.renloop.employee.internal;

import io.renloop.employee.EmployeeQuery;
import io.renloop.platform.NotFoundException;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Employee records inside the caller's data scope; a record outside it is not found. */
@Component
class ScopedEmployees {

	private final EmployeeRepository employees;

	private final ScopedAccess scope;

	private final EmployeeReferences references;

	ScopedEmployees(EmployeeRepository employees, ScopedAccess scope, EmployeeReferences references) {
		this.employees = employees;
		this.scope = scope;
		this.references = references;
	}

	Employee load(UUID id) {
		return employees.findOne(scope.restriction().and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFoundException("Employee", id));
	}

	Page<Employee> find(EmployeeQuery query) {
		Specification<Employee> spec = scope.restriction().and(EmployeeFilters.matching(query, references));
		return employees.findAll(spec,
				PageRequest.of(query.page(), query.size(), Sort.by("employeeNo").and(Sort.by("id"))));
	}
}
