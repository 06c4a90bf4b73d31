package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.ChangeLifecycle;
import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeRecordChanged;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.EmployeeTimeline;
import io.renloop.employee.Employees;
import io.renloop.employee.PersonalData;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantContext;
import io.renloop.shared.Masking;
import io.renloop.shared.PageView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultEmployees implements Employees {

	private final EmployeeRepository employees;

	private final ScopedAccess scope;

	private final PersonalDataVault vault;

	private final EmployeeHistoryJson history;

	private final OrgNames orgNames;

	private final EmployeeList list;

	private final EmployeeReferences references;

	private final EmployeeTimeline timeline;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DefaultEmployees(EmployeeRepository employees, ScopedAccess scope, PersonalDataVault vault,
			EmployeeHistoryJson history, OrgNames orgNames, EmployeeList list, EmployeeReferences references,
			EmployeeTimeline timeline, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.employees = employees;
		this.scope = scope;
		this.vault = vault;
		this.history = history;
		this.orgNames = orgNames;
		this.list = list;
		this.references = references;
		this.timeline = timeline;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public PageView<EmployeeSummary> search(EmployeeQuery query) {
		return list.page(query);
	}

	@Override
	@Transactional(readOnly = true)
	public PageView<EmployeeDetails> searchDetails(EmployeeQuery query) {
		Page<Employee> page = find(query);
		OrgNames.Snapshot names = orgNames.snapshot();
		List<EmployeeDetails> content = page.getContent().stream().map(e -> details(e, names)).toList();
		return PageView.of(content, query.page(), query.size(), page.getTotalElements());
	}

	private Page<Employee> find(EmployeeQuery query) {
		Specification<Employee> spec = scope.restriction().and(EmployeeFilters.matching(query, references));
		return employees.findAll(spec,
				PageRequest.of(query.page(), query.size(), Sort.by("employeeNo").and(Sort.by("id"))));
	}

	@Override
	@Transactional(readOnly = true)
	public EmployeeDetails get(UUID id) {
		return details(load(id), orgNames.snapshot());
	}

	@Override
	public PersonalData revealPersonalData(UUID id) {
		if (!CurrentUser.require().can(Permission.EMPLOYEE_PII_REVEAL)) {
			throw new AccessDeniedException("reveal personal data");
		}
		Employee employee = load(id);
		audit.recordSensitiveRead("Employee", id, "idNumber,bankAccount,birthDate,address,phone");
		return vault.revealed(employee);
	}

	@Override
	public EmployeeDetails hire(SaveEmployee command) {
		String number = command.employeeNo() == null || command.employeeNo().isBlank() ? references.nextEmployeeNo()
				: command.employeeNo();
		check(command, null, number, command.workStartDate());
		EmployeeStatus status = Objects.requireNonNullElse(command.status(), EmployeeStatus.PROBATION);
		Employee employee = new Employee(number, command.hireDate(), status);
		apply(employee, command, number, command.workStartDate());
		employees.save(employee);
		EmployeeDetails created = details(employee, orgNames.snapshot());
		audit.recordChange("CREATE", "Employee", employee.id(), null, created);
		timeline.append(employee.id(), command.hireDate(), "HIRE", "employee", placement(created),
				Map.of("departmentId", String.valueOf(created.departmentId()), "positionId",
						String.valueOf(created.positionId())));
		events.publishEvent(new EmployeeHired(TenantContext.require(), employee.id(), number,
				employee.departmentId(), employee.positionId(), employee.hireDate()));
		return created;
	}

	@Override
	public EmployeeDetails rehire(UUID id, SaveEmployee command) {
		Employee employee = load(id);
		OrgNames.Snapshot names = orgNames.snapshot();
		EmployeeDetails before = details(employee, names);
		// the working life began with the earlier employment at the latest
		LocalDate workStart = Stream.of(employee.workStartDate(), command.workStartDate(), employee.hireDate())
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElseThrow();
		check(command, id, employee.employeeNo(), workStart);
		Employee.PreviousEmployment previous = employee.rehire(command.hireDate(),
				Objects.requireNonNullElse(command.status(), EmployeeStatus.PROBATION));
		apply(employee, command, employee.employeeNo(), workStart);
		EmployeeDetails after = details(employee, names);
		audit.recordChange("REHIRE", "Employee", id, before, after);
		timeline.append(id, command.hireDate(), LifecycleChange.REHIRE.name(), "employee", placement(after),
				RehireFacts.of(employee, previous));
		events.publishEvent(new EmployeeLifecycleChanged(TenantContext.require(), id, LifecycleChange.REHIRE,
				command.hireDate(), employee.departmentId(), employee.positionId()));
		return after;
	}

	@Override
	public EmployeeDetails update(UUID id, SaveEmployee command) {
		Employee employee = load(id);
		OrgNames.Snapshot names = orgNames.snapshot();
		EmployeeDetails before = details(employee, names);
		String number = command.employeeNo() == null || command.employeeNo().isBlank() ? employee.employeeNo()
				: command.employeeNo();
		LocalDate workStart = command.workStartDate() != null ? command.workStartDate() : employee.workStartDate();
		check(command, id, number, command.workStartDate());
		if (employee.status() == EmployeeStatus.TERMINATED && command.status() != null
				&& command.status() != EmployeeStatus.TERMINATED) {
			throw new BusinessRuleException("error.employee.terminated");
		}
		apply(employee, command, number, workStart);
		if (command.status() != null && command.status() != employee.status()) {
			employee.changeStatus(command.status(), LocalDate.now(clock));
		}
		EmployeeDetails after = details(employee, names);
		audit.recordChange("UPDATE", "Employee", id, before, after);
		events.publishEvent(new EmployeeRecordChanged(TenantContext.require(), id, employee.departmentId(),
				employee.positionId()));
		return after;
	}

	/** Refuses the command with every field problem at once: references, a number another record holds, dates. */
	private void check(SaveEmployee command, UUID self, String number, LocalDate workStart) {
		List<FieldProblem> problems = new ArrayList<>(references.problems(command, self));
		employees.findByEmployeeNo(number)
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> problems.add(new FieldProblem("employeeNo", "error.employee.numberTaken", number)));
		problems.addAll(vault.problems(command.idNumber(), command.bankAccount(), command.birthDate()));
		problems.addAll(EmployeeDates.problems(command.hireDate(), command.birthDate(), LocalDate.now(clock)));
		problems.addAll(EmployeeDates.workStartProblems(workStart, command.hireDate()));
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	private void apply(Employee employee, SaveEmployee command, String number, LocalDate workStart) {
		employee.describe(number, command.name().trim(), command.email(), vault.phone(employee, command.phone()),
				command.hireDate(), workStart);
		employee.assign(command.departmentId(), command.positionId(), command.managerId());
		employee.recordHistory(history.write(command.education()), history.write(command.workHistory()),
				history.write(command.certificates()));
		vault.seal(employee, command.idNumber(), command.bankAccount(), command.birthDate(), command.address());
	}

	/** The unit and position of a hire, one line for the timeline. */
	private static String placement(EmployeeDetails employee) {
		return employee.positionName() == null ? employee.departmentName()
				: employee.departmentName() + " · " + employee.positionName();
	}

	@Override
	public EmployeeDetails changeLifecycle(UUID id, ChangeLifecycle command) {
		Employee employee = load(id);
		OrgNames.Snapshot names = orgNames.snapshot();
		EmployeeDetails before = details(employee, names);
		EmployeeDates.checkEffectiveDate(command.effectiveDate(), LocalDate.now(clock));
		LifecycleSteps.Step step = new LifecycleSteps(references, vault).apply(employee, command, names);
		EmployeeDetails after = details(employee, names);
		audit.recordChange(command.type().name(), "Employee", id, before, after);
		Map<String, Object> facts = new HashMap<>(step.details());
		if (command.reason() != null) {
			facts.put("reason", command.reason());
		}
		timeline.append(id, command.effectiveDate(), command.type().name(), "employee", step.summary(), facts);
		events.publishEvent(new EmployeeLifecycleChanged(TenantContext.require(), id, command.type(),
				command.effectiveDate(), employee.departmentId(), employee.positionId()));
		return after;
	}

	Employee load(UUID id) {
		return employees.findOne(scope.restriction().and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFoundException("Employee", id));
	}

	private EmployeeDetails details(Employee e, OrgNames.Snapshot names) {
		return new EmployeeDetails(e.id(), e.employeeNo(), e.name(), e.email(), Masking.phone(e.phone()),
				e.departmentId(), names.department(e.departmentId()), e.positionId(), names.position(e.positionId()),
				e.managerId(), references.nameOf(e.managerId()), e.hireDate(), e.workStartDate(), e.status(), e.terminationDate(),
				history.education(e.education()), history.workHistory(e.workHistory()),
				history.certificates(e.certificates()), vault.masked(e), e.version());
	}
}
