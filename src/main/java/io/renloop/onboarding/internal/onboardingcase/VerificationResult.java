package io.renloop.onboarding.internal.onboardingcase;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The outcome of one identity or education check of a case; never changed afterwards. */
@Entity
@Table(schema = "onboarding", name = "verification_result")
class VerificationResult {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID caseId;

	private String kind;

	private String subject;

	private String outcome;

	private String detail;

	private Instant checkedAt;

	protected VerificationResult() {
	}

	VerificationResult(UUID caseId, String kind, String subject, String outcome, String detail, Instant checkedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.kind = kind;
		this.subject = subject;
		this.outcome = outcome;
		this.detail = detail;
		this.checkedAt = checkedAt;
	}

	String kind() {
		return kind;
	}

	String subject() {
		return subject;
	}

	String outcome() {
		return outcome;
	}

	String detail() {
		return detail;
	}

	Instant checkedAt() {
		return checkedAt;
	}
}
