package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.employee.PersonalData;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.shared.PageView;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee records of the tenant: reads here, whole-record saves in {@link RecordKeeping}, lifecycle steps in
 * {@link LifecycleSteps}.
 */
@Service
@Transactional
class DefaultEmployees implements Employees {

	private final ScopedEmployees scoped;

	private final EmployeeList list;

	private final EmployeeViews views;

	private final PersonalDataVault vault;

	private final AuditTrail audit;

	private final RecordKeeping records;

	private final LifecycleSteps steps;

	DefaultEmployees(ScopedEmployees scoped, EmployeeList list, EmployeeViews views, PersonalDataVault vault,
			AuditTrail audit, RecordKeeping records, LifecycleSteps steps) {
		this.scoped = scoped;
		this.list = list;
		this.views = views;
		this.vault = vault;
		this.audit = audit;
		this.records = records;
		this.steps = steps;
	}

	@Override
	@Transactional(readOnly = true)
	public PageView<EmployeeSummary> search(EmployeeQuery query) {
		return list.page(query);
	}

	@Override
	@Transactional(readOnly = true)
	public PageView<EmployeeDetails> searchDetails(EmployeeQuery query) {
		Page<Employee> page = scoped.find(query);
		OrgNames.Snapshot names = views.names();
		List<EmployeeDetails> content = page.getContent().stream().map(e -> views.details(e, names)).toList();
		return PageView.of(content, query.page(), query.size(), page.getTotalElements());
	}

	@Override
	@Transactional(readOnly = true)
	public EmployeeDetails get(UUID id) {
		return views.details(scoped.load(id), views.names());
	}

	@Override
	public PersonalData revealPersonalData(UUID id) {
		if (!CurrentUser.require().can(Permission.EMPLOYEE_PII_REVEAL)) {
			throw new AccessDeniedException("reveal personal data");
		}
		Employee employee = scoped.load(id);
		audit.recordSensitiveRead("Employee", id, "idNumber,bankAccount,birthDate,address,phone");
		return vault.revealed(employee);
	}

	@Override
	public EmployeeDetails hire(SaveEmployee command) {
		return records.hire(command);
	}

	@Override
	public EmployeeDetails update(UUID id, SaveEmployee command) {
		return records.update(id, command);
	}

	@Override
	public EmployeeDetails rehire(UUID id, SaveEmployee command) {
		return records.rehire(id, command);
	}

	@Override
	public EmployeeDetails changeLifecycle(UUID id, ChangeLifecycle command) {
		return steps.take(id, command);
	}
}
