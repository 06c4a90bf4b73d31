package io.renloop.interview.internal;

import io.renloop.interview.DecisionCommand.Outcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A person's decision on an application, with the assessment it was taken on; never changed afterwards. */
@Entity
@Table(schema = "interview", name = "hiring_decision")
class HiringDecision {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String reason;

	private String fromStage;

	private String toStage;

	private BigDecimal aiScore;

	private BigDecimal humanScore;

	private BigDecimal composite;

	private String decidedBy;

	private Instant decidedAt;

	protected HiringDecision() {
	}

	HiringDecision(UUID applicationId, Outcome outcome, String reason, String fromStage, String toStage,
			Double aiScore, Double humanScore, Double composite, String decidedBy, Instant decidedAt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.outcome = outcome;
		this.reason = reason;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.aiScore = decimal(aiScore);
		this.humanScore = decimal(humanScore);
		this.composite = decimal(composite);
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	private static BigDecimal decimal(Double value) {
		return value == null ? null : BigDecimal.valueOf(value);
	}

	private static Double number(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	UUID id() {
		return id;
	}

	UUID applicationId() {
		return applicationId;
	}

	Outcome outcome() {
		return outcome;
	}

	String reason() {
		return reason;
	}

	String fromStage() {
		return fromStage;
	}

	String toStage() {
		return toStage;
	}

	Double aiScore() {
		return number(aiScore);
	}

	Double humanScore() {
		return number(humanScore);
	}

	Double composite() {
		return number(composite);
	}

	String decidedBy() {
		return decidedBy;
	}

	Instant decidedAt() {
		return decidedAt;
	}
}
