package io.renloop.interview.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A candidate's AI interview. It keeps the plan's weights and threshold as they were when the link was made, so
 * a later change of the plan never changes an interview under way or its scores.
 */
@Entity
@Table(schema = "interview", name = "session")
class InterviewSession {

	static final String CREATED = "CREATED";

	static final String CONSENTED = "CONSENTED";

	static final String SUBMITTED = "SUBMITTED";

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID applicationId;

	private UUID candidateId;

	private UUID requisitionId;

	@JdbcTypeCode(SqlTypes.JSON)
	private String dimensionWeights;

	private int passThreshold;

	private Integer timeLimitMinutes;

	private String status;

	private Instant expiresAt;

	private Instant consentedAt;

	private Instant submittedAt;

	private BigDecimal overall;

	@JdbcTypeCode(SqlTypes.JSON)
	private String dimensionScores;

	private String createdBy;

	private Instant createdAt;

	@Version
	private Long version;

	protected InterviewSession() {
	}

	InterviewSession(UUID applicationId, UUID candidateId, UUID requisitionId, String dimensionWeights,
			int passThreshold, Integer timeLimitMinutes, Instant expiresAt, String createdBy, Instant now) {
		this.timeLimitMinutes = timeLimitMinutes;
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.candidateId = candidateId;
		this.requisitionId = requisitionId;
		this.dimensionWeights = dimensionWeights;
		this.passThreshold = passThreshold;
		this.status = CREATED;
		this.expiresAt = expiresAt;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void consent(Instant now) {
		if (consentedAt == null) {
			consentedAt = now;
			status = CONSENTED;
		}
	}

	void submit(BigDecimal overall, String dimensionScores, Instant now) {
		this.overall = overall;
		this.dimensionScores = dimensionScores;
		this.submittedAt = now;
		this.status = SUBMITTED;
	}

	/** Until when answers are accepted under the plan's overall limit, or null without one or before consent. */
	Instant overallDeadline(long graceSeconds) {
		return timeLimitMinutes == null || consentedAt == null ? null
				: consentedAt.plusSeconds(timeLimitMinutes * 60L + graceSeconds);
	}

	boolean submitted() {
		return SUBMITTED.equals(status);
	}

	boolean consented() {
		return consentedAt != null;
	}

	UUID id() {
		return id;
	}

	String tenantId() {
		return tenantId;
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

	String dimensionWeights() {
		return dimensionWeights;
	}

	int passThreshold() {
		return passThreshold;
	}

	String status() {
		return status;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant consentedAt() {
		return consentedAt;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	BigDecimal overall() {
		return overall;
	}

	String dimensionScores() {
		return dimensionScores;
	}
}
