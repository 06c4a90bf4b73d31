package io.renloop.offboarding.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeStatus;
import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.EconomicCompensation;
import io.renloop.offboarding.LeavingKind;
import io.renloop.offboarding.LegalGround;
import io.renloop.offboarding.OffboardingCommands.Settle;
import io.renloop.offboarding.UnusedAnnualLeave;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The leaving of one employee: PENDING_APPROVAL → APPROVED → LEFT on the last day; an approver may return or
 * reject it, the leaver or HR may withdraw it before the last day. The settlement may change until HR approves it.
 */
@Entity
@Table(schema = "offboarding", name = "offboarding_case")
class OffboardingCase {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID employeeId;

	private String employeeNo;

	private String employeeName;

	private UUID departmentId;

	private String departmentName;

	private String positionName;

	private LocalDate hireDate;

	@Enumerated(EnumType.STRING)
	private LeavingKind kind;

	@Enumerated(EnumType.STRING)
	private LegalGround legalGround;

	private String reason;

	private LocalDate noticeGivenOn;

	private LocalDate lastDay;

	private boolean inProbation;

	private UUID successorId;

	private String successorName;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private String decisionComment;

	private BigDecimal monthlyWage;

	private BigDecimal localAverageWage;

	private boolean noticeInLieu;

	private Integer annualLeaveDays;

	private BigDecimal annualLeaveTaken;

	private BigDecimal compensationMonths;

	private BigDecimal compensation;

	private BigDecimal noticePay;

	private BigDecimal leavePayout;

	private Instant settlementApprovedAt;

	private Boolean rehireEligible;

	private String rehireReason;

	private Boolean regretted;

	private String openedBy;

	private Instant createdAt;

	private Instant leftAt;

	@Version
	private long version;

	protected OffboardingCase() {
	}

	OffboardingCase(EmployeeDetails employee, LeavingKind kind, LegalGround legalGround, String reason,
			LocalDate noticeGivenOn, LocalDate lastDay, String openedBy, Instant now) {
		if (employee.status() == EmployeeStatus.TERMINATED) {
			throw new BusinessRuleException("offboarding.case.alreadyTerminated");
		}
		if (kind == LeavingKind.TERMINATION && legalGround == null) {
			throw InvalidFieldsException.of("legalGround", "offboarding.case.groundRequired");
		}
		if (lastDay.isBefore(employee.hireDate())) {
			throw InvalidFieldsException.of("lastDay", "offboarding.case.lastDayBeforeHire",
					employee.hireDate().toString());
		}
		this.id = UUID.randomUUID();
		this.employeeId = employee.id();
		this.employeeNo = employee.employeeNo();
		this.employeeName = employee.name();
		this.departmentId = employee.departmentId();
		this.departmentName = employee.departmentName();
		this.positionName = employee.positionName();
		this.hireDate = employee.hireDate();
		this.inProbation = employee.status() == EmployeeStatus.PROBATION;
		this.kind = kind;
		this.legalGround = kind == LeavingKind.TERMINATION ? legalGround : null;
		this.reason = reason;
		this.noticeGivenOn = noticeGivenOn;
		this.lastDay = lastDay;
		this.status = CaseStatus.PENDING_APPROVAL;
		this.openedBy = openedBy;
		this.createdAt = now;
	}

	void nameSuccessor(UUID successorId, String successorName) {
		this.successorId = successorId;
		this.successorName = successorName;
	}

	void approve() {
		require(status == CaseStatus.PENDING_APPROVAL);
		status = CaseStatus.APPROVED;
	}

	/** REJECTED or RETURNED with the approver's comment. */
	void disapprove(CaseStatus outcome, String comment) {
		require(status == CaseStatus.PENDING_APPROVAL);
		status = outcome;
		decisionComment = comment;
	}

	void withdraw() {
		require(status.open());
		status = CaseStatus.WITHDRAWN;
	}

	/** The employment ends: only an approved case whose last day has come. */
	void leave(LocalDate today, Instant now) {
		require(status == CaseStatus.APPROVED);
		if (today.isBefore(lastDay)) {
			throw new BusinessRuleException("offboarding.case.beforeLastDay", lastDay.toString());
		}
		status = CaseStatus.LEFT;
		leftAt = now;
	}

	void settle(Settle figures) {
		require(status == CaseStatus.APPROVED && settlementApprovedAt == null);
		boolean owed = legalGround != null && legalGround.owesCompensation();
		boolean inLieu = figures.noticeInLieu() && legalGround != null && legalGround.allowsNoticeInLieu();
		if (figures.noticeInLieu() && !inLieu) {
			throw InvalidFieldsException.of("noticeInLieu", "offboarding.settlement.noNoticeInLieu");
		}
		EconomicCompensation.Result result = EconomicCompensation.of(figures.monthlyWage(), hireDate, lastDay,
				figures.localAverageMonthlyWage(), inLieu);
		UnusedAnnualLeave.Result leave = UnusedAnnualLeave.payout(figures.monthlyWage(), figures.annualLeaveDays(),
				figures.annualLeaveTaken(), hireDate, lastDay);
		monthlyWage = figures.monthlyWage();
		localAverageWage = figures.localAverageMonthlyWage();
		noticeInLieu = inLieu;
		annualLeaveDays = figures.annualLeaveDays();
		annualLeaveTaken = figures.annualLeaveTaken();
		compensationMonths = owed ? result.months() : BigDecimal.ZERO;
		compensation = owed ? result.compensation() : BigDecimal.ZERO.setScale(2);
		noticePay = result.noticePay();
		leavePayout = leave.amount();
	}

	void approveSettlement(Instant now) {
		if (status != CaseStatus.APPROVED && status != CaseStatus.LEFT || compensation == null
				|| settlementApprovedAt != null) {
			throw new BusinessRuleException("offboarding.settlement.notReady");
		}
		settlementApprovedAt = now;
	}

	void decideRehire(boolean eligible, String reason, Boolean regretted) {
		this.rehireEligible = eligible;
		this.rehireReason = reason;
		if (regretted != null) {
			this.regretted = regretted;
		}
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new BusinessRuleException("offboarding.case.wrongStatus", status.name());
		}
	}

	UUID id() { return id; }

	UUID employeeId() { return employeeId; }

	String employeeNo() { return employeeNo; }

	String employeeName() { return employeeName; }

	UUID departmentId() { return departmentId; }

	String departmentName() { return departmentName; }

	String positionName() { return positionName; }

	LocalDate hireDate() { return hireDate; }

	LeavingKind kind() { return kind; }

	LegalGround legalGround() { return legalGround; }

	String reason() { return reason; }

	LocalDate noticeGivenOn() { return noticeGivenOn; }

	LocalDate lastDay() { return lastDay; }

	boolean inProbation() { return inProbation; }

	UUID successorId() { return successorId; }

	String successorName() { return successorName; }

	CaseStatus status() { return status; }

	String decisionComment() { return decisionComment; }

	BigDecimal monthlyWage() { return monthlyWage; }

	BigDecimal localAverageWage() { return localAverageWage; }

	boolean noticeInLieu() { return noticeInLieu; }

	Integer annualLeaveDays() { return annualLeaveDays; }

	BigDecimal annualLeaveTaken() { return annualLeaveTaken; }

	BigDecimal compensationMonths() { return compensationMonths; }

	BigDecimal compensation() { return compensation; }

	BigDecimal noticePay() { return noticePay; }

	BigDecimal leavePayout() { return leavePayout; }

	Instant settlementApprovedAt() { return settlementApprovedAt; }

	Boolean rehireEligible() { return rehireEligible; }

	String rehireReason() { return rehireReason; }

	Boolean regretted() { return regretted; }

	Instant leftAt() { return leftAt; }
}
