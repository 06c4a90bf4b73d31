package io.renloop.employee.internal;

import io.renloop.employee.EmployeeStatus;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * The employee record. Personal data arrives here already sealed by the cipher; history lists are kept
 * as JSON documents of the aggregate.
 */
@Entity
@Table(schema = "employee", name = "employee")
class Employee {

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

	protected Employee() {
	}

	Employee(String employeeNo, LocalDate hireDate, EmployeeStatus status) {
		this.id = UUID.randomUUID();
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
			throw new IllegalArgumentException("An employee cannot be their own manager");
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


	/** Moves the employee to a new status; a terminated employee stays terminated. */
	void changeStatus(EmployeeStatus next, LocalDate effective) {
		if (status == EmployeeStatus.TERMINATED && next != EmployeeStatus.TERMINATED) {
			throw new IllegalStateException("A terminated employee cannot change status");
		}
		this.status = next;
		this.terminationDate = next == EmployeeStatus.TERMINATED ? effective : null;
	}

	/**
	 * Takes a former employee back on new terms (rehire): the same record, number and timeline, a new hire date
	 * after the last day, and PROBATION or ACTIVE as the new offer says. Only a TERMINATED employee can be rehired.
	 *
	 * @return the employment that ended, for the timeline
	 */
	PreviousEmployment rehire(LocalDate newHireDate, EmployeeStatus newStatus) {
		if (status != EmployeeStatus.TERMINATED) {
			throw new BusinessRuleException("error.employee.rehireOnlyFormer");
		}
		if (newStatus != EmployeeStatus.PROBATION && newStatus != EmployeeStatus.ACTIVE) {
			throw new IllegalArgumentException("A rehire starts on probation or active, not " + newStatus);
		}
		if (terminationDate != null && !newHireDate.isAfter(terminationDate)) {
			throw new BusinessRuleException("error.employee.rehireAfterLastDay", terminationDate);
		}
		PreviousEmployment previous = new PreviousEmployment(hireDate, terminationDate);
		this.hireDate = newHireDate;
		this.status = newStatus;
		this.terminationDate = null;
		return previous;
	}

	/** The employment a rehire follows: its hire date and last day. */
	record PreviousEmployment(LocalDate hireDate, LocalDate lastDay) {
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
