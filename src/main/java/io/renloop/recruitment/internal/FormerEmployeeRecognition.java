package io.renloop.recruitment.internal;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.Employees;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Recognizes a returning person (issue 22, rehire): the candidate whose phone or e-mail is a former (TERMINATED)
 * employee's. Only a reader who may see that employee record (HR rights, within their data scope) learns it; for
 * anybody else the candidate is just a candidate.
 */
@Component
class FormerEmployeeRecognition {

	private final EmployeeDirectory directory;

	private final Employees employees;

	FormerEmployeeRecognition(EmployeeDirectory directory, Employees employees) {
		this.directory = directory;
		this.employees = employees;
	}

	Optional<UUID> of(Candidate candidate) {
		if (!CurrentUser.find().map(user -> user.can(Permission.EMPLOYEE_READ)).orElse(false)) {
			return Optional.empty();
		}
		return directory.formerEmployeeMatching(candidate.phone(), candidate.email()).filter(this::visible);
	}

	private boolean visible(UUID employeeId) {
		try {
			employees.get(employeeId);
			return true;
		}
		catch (NotFoundException outsideScope) {
			return false;
		}
	}
}
