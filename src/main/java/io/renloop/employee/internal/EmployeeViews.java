package io.renloop.employee.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.shared.Masking;
import org.springframework.stereotype.Component;

/** The whole record as callers see it: names of unit, position and manager, personal data masked. */
@Component
class EmployeeViews {

	private final OrgNames orgNames;

	private final EmployeeReferences references;

	private final EmployeeHistoryJson history;

	private final PersonalDataVault vault;

	EmployeeViews(OrgNames orgNames, EmployeeReferences references, EmployeeHistoryJson history,
			PersonalDataVault vault) {
		this.orgNames = orgNames;
		this.references = references;
		this.history = history;
		this.vault = vault;
	}

	/** The unit and position names of the tenant, read once for one request. */
	OrgNames.Snapshot names() {
		return orgNames.snapshot();
	}

	EmployeeDetails details(Employee e, OrgNames.Snapshot names) {
		return new EmployeeDetails(e.id(), e.employeeNo(), e.name(), e.email(), Masking.phone(e.phone()),
				e.departmentId(), names.department(e.departmentId()), e.positionId(), names.position(e.positionId()),
				e.managerId(), references.nameOf(e.managerId()), e.hireDate(), e.workStartDate(), e.status(),
				e.terminationDate(), history.education(e.education()), history.workHistory(e.workHistory()),
				history.certificates(e.certificates()), vault.masked(e), e.version());
	}
}
