package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferStatus;
import io.renloop.onboarding.internal.signing.CodeConfirmation;
import io.renloop.onboarding.internal.signing.OneTimeCodes;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An offer on an application. Transitions check the status and throw a 409 otherwise; the candidate's one-time
 * code is kept as a hash, as is the token of their link.
 */
@Entity
@Table(schema = "onboarding", name = "offer")
class Offer implements CodeConfirmation.PendingCode {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID applicationId;

	private UUID candidateId;

	private UUID requisitionId;

	private UUID departmentId;

	private UUID positionId;

	private BigDecimal monthlySalary;

	private LocalDate startDate;

	private int probationMonths;

	private String language;

	private LocalDate replyBy;

	@Enumerated(EnumType.STRING)
	private OfferStatus status;

	private String headcountOverride;

	private String tokenHash;

	private byte[] tokenSealed;

	private String codeHash;

	private Instant codeExpiresAt;

	/** What the pending code confirms; an accepting code never declines, nor the other way round. */
	@Enumerated(EnumType.STRING)
	private CodePurpose codePurpose;

	private int failedCodeAttempts;

	private boolean locked;

	private String declineReason;

	private String approvalComment;

	private String acceptedFromIp;

	private String acceptedUserAgent;

	private Instant signedAt;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Offer() {
	}

	Offer(Terms terms, String headcountOverride, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.applicationId = terms.applicationId();
		this.candidateId = terms.candidateId();
		this.requisitionId = terms.requisitionId();
		this.departmentId = terms.departmentId();
		this.positionId = terms.positionId();
		this.monthlySalary = terms.monthlySalary();
		this.startDate = terms.startDate();
		this.probationMonths = terms.probationMonths();
		this.language = terms.language();
		this.replyBy = terms.replyBy();
		this.headcountOverride = headcountOverride;
		this.status = OfferStatus.PENDING_APPROVAL;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The approval chain approved: the candidate's link becomes valid. */
	void approve(String tokenHash, byte[] tokenSealed, Instant now) {
		require(EnumSet.of(OfferStatus.PENDING_APPROVAL));
		this.tokenHash = tokenHash;
		this.tokenSealed = tokenSealed;
		moveTo(OfferStatus.APPROVED, now);
	}

	/** An approver rejected it or returned it for changes. */
	void disapprove(OfferStatus outcome, String comment, Instant now) {
		require(EnumSet.of(OfferStatus.PENDING_APPROVAL));
		this.approvalComment = comment;
		moveTo(outcome, now);
	}

	void withdraw(Instant now) {
		require(EnumSet.of(OfferStatus.PENDING_APPROVAL, OfferStatus.APPROVED, OfferStatus.ACCEPTED));
		moveTo(OfferStatus.WITHDRAWN, now);
	}

	/** The candidate accepted (again): a new code replaces any earlier one. */
	void accept(String codeHash, Instant codeExpiresAt, String ip, String userAgent, Instant now) {
		requireUsableLink();
		require(EnumSet.of(OfferStatus.APPROVED, OfferStatus.ACCEPTED));
		keepCode(codeHash, codeExpiresAt, CodePurpose.ACCEPT);
		this.acceptedFromIp = ip;
		this.acceptedUserAgent = userAgent;
		moveTo(OfferStatus.ACCEPTED, now);
	}

	/**
	 * The candidate asked to decline: a code to confirm it replaces any earlier one; the status stays, so that the
	 * candidate can still accept instead.
	 */
	void requestDeclineCode(String codeHash, Instant codeExpiresAt, Instant now) {
		requireUsableLink();
		require(EnumSet.of(OfferStatus.APPROVED, OfferStatus.ACCEPTED));
		keepCode(codeHash, codeExpiresAt, CodePurpose.DECLINE);
		this.updatedAt = now;
	}

	private void keepCode(String codeHash, Instant codeExpiresAt, CodePurpose purpose) {
		this.codeHash = codeHash;
		this.codeExpiresAt = codeExpiresAt;
		this.codePurpose = purpose;
	}

	/** A wrong code: counts toward the lock. */
	@Override
	public void failCode(Instant now) {
		failedCodeAttempts++;
		if (failedCodeAttempts >= OneTimeCodes.MAX_ATTEMPTS) {
			locked = true;
		}
		updatedAt = now;
	}

	/** The right code: it is used up, and the offer is signed. */
	void sign(String ip, String userAgent, Instant now) {
		require(EnumSet.of(OfferStatus.ACCEPTED));
		this.codeHash = null;
		this.codeExpiresAt = null;
		this.acceptedFromIp = ip;
		this.acceptedUserAgent = userAgent;
		this.signedAt = now;
		moveTo(OfferStatus.SIGNED, now);
	}

	void decline(String reason, Instant now) {
		requireUsableLink();
		require(EnumSet.of(OfferStatus.APPROVED, OfferStatus.ACCEPTED));
		this.declineReason = reason;
		this.codeHash = null;
		moveTo(OfferStatus.DECLINED, now);
	}

	void expire(Instant now) {
		require(EnumSet.of(OfferStatus.APPROVED, OfferStatus.ACCEPTED));
		this.codeHash = null;
		moveTo(OfferStatus.EXPIRED, now);
	}

	void requireUsableLink() {
		if (locked) {
			throw new BusinessRuleException(423, "onboarding.offer.linkLocked");
		}
	}

	private void require(Set<OfferStatus> allowed) {
		if (!allowed.contains(status)) {
			throw new BusinessRuleException("onboarding.offer.wrongStatus", status);
		}
	}

	private void moveTo(OfferStatus next, Instant now) {
		this.status = next;
		this.updatedAt = now;
	}

	@Override
	public int attemptsLeft() {
		return Math.max(0, OneTimeCodes.MAX_ATTEMPTS - failedCodeAttempts);
	}

	UUID id() { return id; }

	@Override
	public UUID documentId() { return id; }

	@Override
	public boolean signed() { return status == OfferStatus.SIGNED; }

	String tenantId() { return tenantId; }

	UUID applicationId() { return applicationId; }

	UUID candidateId() { return candidateId; }

	UUID requisitionId() { return requisitionId; }

	UUID departmentId() { return departmentId; }

	UUID positionId() { return positionId; }

	BigDecimal monthlySalary() { return monthlySalary; }

	LocalDate startDate() { return startDate; }

	int probationMonths() { return probationMonths; }

	String language() { return language; }

	LocalDate replyBy() { return replyBy; }

	OfferStatus status() { return status; }

	String headcountOverride() { return headcountOverride; }

	byte[] tokenSealed() { return tokenSealed; }

	/** The pending accepting code's hash; only an ACCEPTED offer waits for one. */
	@Override
	public String codeHash() {
		return status == OfferStatus.ACCEPTED && codePurpose == CodePurpose.ACCEPT ? codeHash : null;
	}

	/** The offer as a document waiting for the code that confirms declining it. */
	CodeConfirmation.PendingCode declining() {
		return new DecliningCode(this);
	}

	/** The pending declining code's hash; only an offer still open to an answer waits for one. */
	String declineCodeHash() {
		boolean open = status == OfferStatus.APPROVED || status == OfferStatus.ACCEPTED;
		return open && codePurpose == CodePurpose.DECLINE ? codeHash : null;
	}

	@Override
	public Instant codeExpiresAt() { return codeExpiresAt; }

	@Override
	public boolean locked() { return locked; }

	String declineReason() { return declineReason; }

	String approvalComment() { return approvalComment; }

	String acceptedFromIp() { return acceptedFromIp; }

	String acceptedUserAgent() { return acceptedUserAgent; }

	Instant signedAt() { return signedAt; }

	String createdBy() { return createdBy; }

	Instant createdAt() { return createdAt; }

	Instant updatedAt() { return updatedAt; }

	/** What a one-time code confirms. */
	enum CodePurpose {
		ACCEPT, DECLINE
	}

	/** The agreed terms of an offer. */
	record Terms(UUID applicationId, UUID candidateId, UUID requisitionId, UUID departmentId, UUID positionId,
			BigDecimal monthlySalary, LocalDate startDate, int probationMonths, String language, LocalDate replyBy) {
	}
}
