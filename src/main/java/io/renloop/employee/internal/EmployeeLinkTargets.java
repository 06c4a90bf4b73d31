package io.renloop.employee.internal;

import io.renloop.platform.UserLinkTargets;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells platform whether a login's own employee record belongs to the login's tenant. */
@Component
class EmployeeLinkTargets implements UserLinkTargets {

	private final EmployeeRepository employees;

	EmployeeLinkTargets(EmployeeRepository employees) {
		this.employees = employees;
	}

	@Override
	public Link link() {
		return Link.EMPLOYEE;
	}

	@Override
	public boolean existsInTenant(String tenantId, UUID id) {
		return employees.existsInTenant(id, tenantId);
	}
}
