package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.internal.signing.CodeConfirmation;
import io.renloop.onboarding.internal.signing.OneTimeCodes;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The labour contract of an onboarding case (same id): created when the new hire accepts it, signed when they
 * confirm the one-time code (kept as a hash); the signed PDF is held sealed.
 */
@Entity
@Table(schema = "onboarding", name = "labour_contract")
class LabourContract implements CodeConfirmation.PendingCode {

	/** The id of the case. */
	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private String language;

	private String codeHash;

	private Instant codeExpiresAt;

	private int failedCodeAttempts;

	private boolean locked;

	private String acceptedFromIp;

	private Instant signedAt;

	private String signedFromIp;

	private String signedUserAgent;

	private String unsignedSha256;

	private String signedSha256;

	@Basic(fetch = FetchType.LAZY)
	private byte[] signedPdf;

	private Instant updatedAt;

	@Version
	private long version;

	protected LabourContract() {
	}

	LabourContract(UUID caseId, String language, Instant now) {
		this.id = caseId;
		this.language = language;
		this.updatedAt = now;
	}

	/** The new hire accepted (again): a new code replaces any earlier one. */
	void accept(String codeHash, Instant codeExpiresAt, String ip, Instant now) {
		requireUsableLink();
		if (signed()) {
			throw new BusinessRuleException("onboarding.contract.alreadySigned");
		}
		this.codeHash = codeHash;
		this.codeExpiresAt = codeExpiresAt;
		this.acceptedFromIp = ip;
		this.updatedAt = now;
	}

	void requireUsableLink() {
		if (locked) {
			throw new BusinessRuleException(423, "onboarding.contract.linkLocked");
		}
	}

	/** The right code: it is used up, and the contract is signed. */
	void sign(String ip, String userAgent, String unsignedSha256, String signedSha256, byte[] sealedPdf, Instant now) {
		this.codeHash = null;
		this.codeExpiresAt = null;
		this.signedAt = now;
		this.signedFromIp = ip;
		this.signedUserAgent = userAgent;
		this.unsignedSha256 = unsignedSha256;
		this.signedSha256 = signedSha256;
		this.signedPdf = sealedPdf;
		this.updatedAt = now;
	}

	@Override
	public void failCode(Instant now) {
		failedCodeAttempts++;
		if (failedCodeAttempts >= OneTimeCodes.MAX_ATTEMPTS) {
			locked = true;
		}
		updatedAt = now;
	}

	@Override
	public int attemptsLeft() {
		return Math.max(0, OneTimeCodes.MAX_ATTEMPTS - failedCodeAttempts);
	}

	@Override
	public UUID documentId() {
		return id;
	}

	@Override
	public boolean signed() {
		return signedAt != null;
	}

	@Override
	public String codeHash() {
		return codeHash;
	}

	@Override
	public Instant codeExpiresAt() {
		return codeExpiresAt;
	}

	@Override
	public boolean locked() {
		return locked;
	}

	String language() {
		return language;
	}

	Instant signedAt() {
		return signedAt;
	}

	String signedSha256() {
		return signedSha256;
	}

	byte[] signedPdf() {
		return signedPdf;
	}
}
