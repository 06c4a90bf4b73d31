package io.renloop.employee.internal;

import io.renloop.employee.EmployeeCommands.LifecycleChange;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.employee.EmployeeRecordChanged;
import io.renloop.employee.EmployeeStatus;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The employee record. Personal data arrives here already sealed by the cipher; history lists are kept
 * as JSON documents of the aggregate.
 * <p>
 * The status moves only through the named transitions ({@link #confirm}, {@link #transfer}, {@link #promote},
 * {@link #startLeave}, {@link #returnFromLeave}, {@link #terminate}, {@link #rehire}): each checks the status, and
 * registers its timeline step ({@link EmployeeStep}) and its announcement ({@link EmployeeLifecycleChanged}), which
 * the repository publishes on save.
 */
@Entity
@Table(schema = "employee", name = "employee")
class Employee extends AbstractAggregateRoot<Employee> {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String employeeNo;

	private String name;

	private String email;

	private String phone;

	private UUID departmentId;

	private UUID positionId;

	private UUID managerId;

	private LocalDate hireDate;

	/** 参加工作日期: when the employee's working life began, for statutory annual leave and the medical period. */
	private LocalDate workStartDate;

	@Enumerated(EnumType.STRING)
	private EmployeeStatus status;

	private LocalDate terminationDate;

	@JdbcTypeCode(SqlTypes.JSON)
	private String education;

	@JdbcTypeCode(SqlTypes.JSON)
	private String workHistory;

	@JdbcTypeCode(SqlTypes.JSON)
	private String certificates;

	@Column(name = "id_number_enc")
	private byte[] idNumber;

	@Column(name = "bank_account_enc")
	private byte[] bankAccount;

	@Column(name = "birth_date_enc")
	private byte[] birthDate;

	@Column(name = "address_enc")
	private byte[] address;


	@Column(insertable = false, updatable = false)
	private String searchText;

	@Version
	private Long version;

	/** Whether this instance registered its hire already; a new record is hired once. */
	@Transient
	private boolean hireAnnounced;

	protected Employee() {
	}

	/** A new record in the tenant, described and placed next, then {@link #hired hired}. */
	Employee(String tenantId, String employeeNo, LocalDate hireDate, EmployeeStatus status) {
		this.id = UUID.randomUUID();
		this.tenantId = tenantId;
		this.employeeNo = employeeNo;
		this.hireDate = hireDate;
		this.status = status;
	}

	void describe(String employeeNo, String name, String email, String phone, LocalDate hireDate,
			LocalDate workStartDate) {
		this.employeeNo = employeeNo;
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.hireDate = hireDate;
		this.workStartDate = workStartDate;
	}

	void assign(UUID departmentId, UUID positionId, UUID managerId) {
		if (id.equals(managerId)) {
			throw InvalidFieldsException.of("managerId", "error.employee.ownManager");
		}
		this.departmentId = departmentId;
		this.positionId = positionId;
		this.managerId = managerId;
	}

	void recordHistory(String education, String workHistory, String certificates) {
		this.education = education;
		this.workHistory = workHistory;
		this.certificates = certificates;
	}

	void sealPersonalData(byte[] idNumber, byte[] bankAccount, byte[] birthDate, byte[] address) {
		this.idNumber = idNumber;
		this.bankAccount = bankAccount;
		this.birthDate = birthDate;
		this.address = address;
	}


	/**
	 * Records the hire of a new record once it is described and placed: the {@code HIRE} step and
	 * {@link EmployeeHired}. The starting status is the one the record was created with (an import may bring
	 * historical records in any status).
	 */
	void hired(OrgNames.Snapshot names) {
		if (hireAnnounced) {
			throw new IllegalStateException("The hire of " + employeeNo + " was recorded already");
		}
		hireAnnounced = true;
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("departmentId", String.valueOf(departmentId));
		facts.put("positionId", String.valueOf(positionId));
		registerEvent(new EmployeeStep(id, hireDate, "HIRE", placement(names), facts));
		registerEvent(new EmployeeHired(tenantId, id, employeeNo, departmentId, positionId, hireDate));
	}

	/** Probation passed: a probationer becomes ACTIVE. */
	void confirm(LocalDate on, String reason) {
		requireStatus(LifecycleChange.CONFIRMATION, EnumSet.of(EmployeeStatus.PROBATION));
		moveTo(EmployeeStatus.ACTIVE, LifecycleChange.CONFIRMATION, on, reason);
	}

	/** Moves the employee to another department or position (or both) at the same level. */
	void transfer(Placement to, LocalDate on, String reason, OrgNames.Snapshot names) {
		requireEmployed();
		if (!movesUnitOrPosition(to)) {
			// a transfer without a new unit or position would only write an empty step on the timeline
			throw InvalidFieldsException.of("departmentId", "error.employee.transferTarget");
		}
		place(LifecycleChange.TRANSFER, to, on, reason, names);
	}

	/** Moves the employee up: a new position, and with it perhaps a new department or manager. */
	void promote(Placement to, LocalDate on, String reason, OrgNames.Snapshot names) {
		requireEmployed();
		place(LifecycleChange.PROMOTION, to, on, reason, names);
	}

	/** A leave of absence (停薪留职) begins: the employee is ON_LEAVE until they return. */
	void startLeave(LocalDate from, String reason) {
		requireStatus(LifecycleChange.LEAVE_OF_ABSENCE, EnumSet.of(EmployeeStatus.PROBATION, EmployeeStatus.ACTIVE));
		moveTo(EmployeeStatus.ON_LEAVE, LifecycleChange.LEAVE_OF_ABSENCE, from, reason);
	}

	/** The employee is back from a leave of absence and ACTIVE again. */
	void returnFromLeave(LocalDate on, String reason) {
		requireStatus(LifecycleChange.RETURN_FROM_LEAVE, EnumSet.of(EmployeeStatus.ON_LEAVE));
		moveTo(EmployeeStatus.ACTIVE, LifecycleChange.RETURN_FROM_LEAVE, on, reason);
	}

	/** The employment ends on {@code lastDay}; the record stays, TERMINATED, until a rehire. */
	void terminate(LocalDate lastDay, String reason) {
		requireEmployed();
		this.terminationDate = lastDay;
		moveTo(EmployeeStatus.TERMINATED, LifecycleChange.TERMINATION, lastDay, reason);
	}

	/**
	 * Takes a former employee back on new terms (rehire): the same record, number and timeline, a new hire date
	 * after the last day, the new placement, and PROBATION or ACTIVE as the new offer says. Only a TERMINATED
	 * employee can be rehired. The {@code REHIRE} step keeps the employment that ended.
	 */
	void rehire(LocalDate newHireDate, EmployeeStatus newStatus, Placement to, OrgNames.Snapshot names) {
		if (status != EmployeeStatus.TERMINATED) {
			throw new BusinessRuleException("error.employee.rehireOnlyFormer");
		}
		if (newStatus != EmployeeStatus.PROBATION && newStatus != EmployeeStatus.ACTIVE) {
			throw InvalidFieldsException.of("status", "error.employee.rehireStatus");
		}
		if (terminationDate != null && !newHireDate.isAfter(terminationDate)) {
			throw new BusinessRuleException("error.employee.rehireAfterLastDay", terminationDate);
		}
		PreviousEmployment previous = new PreviousEmployment(hireDate, terminationDate);
		this.hireDate = newHireDate;
		this.status = newStatus;
		this.terminationDate = null;
		assign(to.departmentId(), to.positionId(), to.managerId());
		registerEvent(new EmployeeStep(id, newHireDate, LifecycleChange.REHIRE.name(), placement(names),
				RehireFacts.of(this, previous)));
		announce(LifecycleChange.REHIRE, newHireDate);
	}

	/**
	 * An edit of the record in place, which cannot move the status: that is a lifecycle step with its timeline
	 * entry. {@code requested} null or the current status keeps it.
	 */
	void edited(EmployeeStatus requested) {
		if (requested != null && requested != status) {
			throw new BusinessRuleException("error.employee.statusThroughLifecycle", id);
		}
		registerEvent(new EmployeeRecordChanged(tenantId, id, departmentId, positionId));
	}

	/** The one place of the rule that a terminated employee stays terminated (until a rehire). */
	private void requireEmployed() {
		if (status == EmployeeStatus.TERMINATED) {
			throw new BusinessRuleException("error.employee.terminated");
		}
	}

	private void requireStatus(LifecycleChange change, Set<EmployeeStatus> allowed) {
		requireEmployed();
		if (!allowed.contains(status)) {
			throw new BusinessRuleException("error.employee.wrongStatus",
					new DefaultMessageSourceResolvable("timeline." + change.name()),
					new DefaultMessageSourceResolvable("employee.status." + status.name()));
		}
	}

	private void moveTo(EmployeeStatus next, LifecycleChange change, LocalDate on, String reason) {
		this.status = next;
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("status", next.name());
		step(change, on, "", facts, reason);
	}

	private void place(LifecycleChange change, Placement to, LocalDate on, String reason, OrgNames.Snapshot names) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("fromDepartment", names.department(departmentId));
		facts.put("fromPosition", names.position(positionId));
		// an employee may have no position, and a move may leave the manager as it is
		assign(Objects.requireNonNullElse(to.departmentId(), departmentId),
				to.positionId() != null ? to.positionId() : positionId,
				to.managerId() != null ? to.managerId() : managerId);
		facts.put("toDepartment", names.department(departmentId));
		facts.put("toPosition", names.position(positionId));
		facts.put("status", status.name());
		step(change, on, facts.get("fromDepartment") + " / " + facts.get("fromPosition") + " → "
				+ facts.get("toDepartment") + " / " + facts.get("toPosition"), facts, reason);
	}

	private boolean movesUnitOrPosition(Placement to) {
		return (to.departmentId() != null && !to.departmentId().equals(departmentId))
				|| (to.positionId() != null && !to.positionId().equals(positionId));
	}

	private void step(LifecycleChange change, LocalDate on, String summary, Map<String, Object> facts, String reason) {
		if (reason != null) {
			facts.put("reason", reason);
		}
		registerEvent(new EmployeeStep(id, on, change.name(), summary, facts));
		announce(change, on);
	}

	private void announce(LifecycleChange change, LocalDate effective) {
		registerEvent(new EmployeeLifecycleChanged(tenantId, id, change, effective, departmentId, positionId));
	}

	/** The unit and position, one line for the timeline. */
	private String placement(OrgNames.Snapshot names) {
		String department = names.department(departmentId);
		return positionId == null || names.position(positionId) == null ? department
				: department + " · " + names.position(positionId);
	}

	/** Where an employee works after a move: a null field keeps the current one. */
	record Placement(UUID departmentId, UUID positionId, UUID managerId) {
	}

	/** The employment a rehire follows: its hire date and last day. */
	record PreviousEmployment(LocalDate hireDate, LocalDate lastDay) {
	}

	/** What the next save publishes: the registered steps and announcements, oldest first. */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	UUID id() {
		return id;
	}

	String employeeNo() {
		return employeeNo;
	}

	String name() {
		return name;
	}

	String email() {
		return email;
	}

	String phone() {
		return phone;
	}

	UUID departmentId() {
		return departmentId;
	}

	UUID positionId() {
		return positionId;
	}

	UUID managerId() {
		return managerId;
	}

	LocalDate hireDate() {
		return hireDate;
	}

	LocalDate workStartDate() {
		return workStartDate;
	}

	EmployeeStatus status() {
		return status;
	}

	LocalDate terminationDate() {
		return terminationDate;
	}

	String education() {
		return education;
	}

	String workHistory() {
		return workHistory;
	}

	String certificates() {
		return certificates;
	}

	byte[] idNumber() {
		return idNumber;
	}

	byte[] bankAccount() {
		return bankAccount;
	}

	byte[] birthDate() {
		return birthDate;
	}

	byte[] address() {
		return address;
	}


	long version() {
		return version == null ? 0 : version;
	}
}
