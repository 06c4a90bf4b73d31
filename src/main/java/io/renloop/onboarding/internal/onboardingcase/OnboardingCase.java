package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingStatus;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The onboarding of one new hire, opened by an accepted offer: OPEN → SUBMITTED → COMPLETED. The personal
 * information is held sealed; the token of the new hire's link only as a hash.
 */
@Entity
@Table(schema = "onboarding", name = "onboarding_case")
class OnboardingCase {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID offerId;

	private UUID applicationId;

	private UUID candidateId;

	private UUID requisitionId;

	private UUID departmentId;

	private UUID positionId;

	private String candidateName;

	private BigDecimal monthlySalary;

	private LocalDate startDate;

	private int probationMonths;

	private LocalDate probationEndDate;

	private Instant acceptedAt;

	@Enumerated(EnumType.STRING)
	private OnboardingStatus status;

	private String tokenHash;

	private byte[] personalInfo;

	private Instant submittedAt;

	private Instant completedAt;

	private String completedBy;

	private UUID employeeId;

	/** The days-before-the-end of the probation reminders already sent, e.g. {@code 14,3}. */
	private String probationReminders;

	private Instant probationApprovalAt;

	private String probationOutcome;

	private Instant createdAt;

	@Version
	private long version;

	protected OnboardingCase() {
	}

	OnboardingCase(OfferAccepted offer, String candidateName, String tokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.offerId = offer.offerId();
		this.applicationId = offer.applicationId();
		this.candidateId = offer.candidateId();
		this.requisitionId = offer.requisitionId();
		this.departmentId = offer.departmentId();
		this.positionId = offer.positionId();
		this.candidateName = candidateName;
		this.monthlySalary = offer.monthlySalary().setScale(2, RoundingMode.HALF_UP);
		this.startDate = offer.startDate();
		this.probationMonths = offer.probationMonths();
		this.probationEndDate = offer.probationMonths() > 0
				? offer.startDate().plusMonths(offer.probationMonths()) : null;
		this.acceptedAt = offer.acceptedAt();
		this.status = OnboardingStatus.OPEN;
		this.tokenHash = tokenHash;
		this.probationReminders = "";
		this.createdAt = now;
	}

	void savePersonalInfo(byte[] sealed) {
		requireStatus(OnboardingStatus.OPEN);
		this.personalInfo = sealed;
	}

	void requireOpen() {
		requireStatus(OnboardingStatus.OPEN);
	}

	/** @param contractSigned whether the new hire signed the labour contract, which submission requires */
	void submit(boolean contractSigned, Instant now) {
		requireStatus(OnboardingStatus.OPEN);
		if (personalInfo == null) {
			throw new BusinessRuleException("onboarding.submit.incomplete");
		}
		if (!contractSigned) {
			throw new BusinessRuleException("onboarding.submit.contractUnsigned");
		}
		this.status = OnboardingStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/** @throws BusinessRuleException 409 unless the case waits for completion */
	void requireCompletable() {
		if (status == OnboardingStatus.COMPLETED) {
			throw new BusinessRuleException("onboarding.complete.alreadyCompleted");
		}
		requireStatus(OnboardingStatus.SUBMITTED);
	}

	void complete(UUID employee, String by, Instant now) {
		requireCompletable();
		this.status = OnboardingStatus.COMPLETED;
		this.employeeId = employee;
		this.completedBy = by;
		this.completedAt = now;
	}

	boolean probationReminderSent(int daysBefore) {
		return ("," + probationReminders + ",").contains("," + daysBefore + ",");
	}

	void recordProbationReminder(int daysBefore) {
		probationReminders = probationReminders.isEmpty() ? String.valueOf(daysBefore)
				: probationReminders + "," + daysBefore;
	}

	boolean probationApprovalStarted() {
		return probationApprovalAt != null;
	}

	void recordProbationApprovalStarted(Instant now) {
		this.probationApprovalAt = now;
	}

	void recordProbationOutcome(String outcome) {
		this.probationOutcome = outcome;
	}

	private void requireStatus(OnboardingStatus required) {
		if (status != required) {
			throw new BusinessRuleException("onboarding.case.wrongStatus", status.name());
		}
	}

	UUID id() {
		return id;
	}

	String tenantId() {
		return tenantId;
	}

	UUID offerId() {
		return offerId;
	}

	UUID applicationId() {
		return applicationId;
	}

	UUID candidateId() {
		return candidateId;
	}

	UUID requisitionId() {
		return requisitionId;
	}

	UUID departmentId() {
		return departmentId;
	}

	UUID positionId() {
		return positionId;
	}

	String candidateName() {
		return candidateName;
	}

	BigDecimal monthlySalary() {
		return monthlySalary;
	}

	LocalDate startDate() {
		return startDate;
	}

	int probationMonths() {
		return probationMonths;
	}

	LocalDate probationEndDate() {
		return probationEndDate;
	}

	Instant acceptedAt() {
		return acceptedAt;
	}

	OnboardingStatus status() {
		return status;
	}

	byte[] personalInfo() {
		return personalInfo;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	Instant completedAt() {
		return completedAt;
	}

	UUID employeeId() {
		return employeeId;
	}

	String probationOutcome() {
		return probationOutcome;
	}
}
