package io.renloop.platform.internal;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.UserLinkTargets;
import io.renloop.platform.UserLinkTargets.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses to link a login to a department or employee record outside its tenant, at once and with the field
 * named, instead of a link that only fails later. A link nobody can check is refused too.
 */
@Component
class UserLinks {

	private final ObjectProvider<UserLinkTargets> targets;

	UserLinks(ObjectProvider<UserLinkTargets> targets) {
		this.targets = targets;
	}

	/** @throws InvalidFieldsException naming each id that is not a record of the tenant */
	void check(String tenantId, UUID departmentId, UUID employeeId) {
		List<FieldProblem> problems = new ArrayList<>();
		if (departmentId != null && !exists(Link.DEPARTMENT, tenantId, departmentId)) {
			problems.add(new FieldProblem(Link.DEPARTMENT.field(), "error.reference.unknown"));
		}
		if (employeeId != null && !exists(Link.EMPLOYEE, tenantId, employeeId)) {
			problems.add(new FieldProblem(Link.EMPLOYEE.field(), "error.reference.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	private boolean exists(Link link, String tenantId, UUID id) {
		return targets.orderedStream()
			.filter(target -> target.link() == link)
			.anyMatch(target -> target.existsInTenant(tenantId, id));
	}
}
