package io.renloop.recruitment.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One candidate's application to one requisition; moves only along {@link ApplicationStage#canMoveTo}.
 */
@Entity
@Table(schema = "recruitment", name = "application")
class JobApplication {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID candidateId;

	private UUID requisitionId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private BigDecimal cost;

	@Enumerated(EnumType.STRING)
	private ApplicationStage stage;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected JobApplication() {
	}

	JobApplication(UUID candidateId, UUID requisitionId, Channel channel, BigDecimal cost, Instant now) {
		this.id = UUID.randomUUID();
		this.candidateId = candidateId;
		this.requisitionId = requisitionId;
		this.channel = channel;
		this.cost = cost;
		this.stage = ApplicationStage.APPLIED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** @return the stage left */
	ApplicationStage moveTo(ApplicationStage target, String reason, Instant now) {
		if (!stage.canMoveTo(target)) {
			throw new BusinessRuleException("recruitment.application.illegalTransition", id, stage, target);
		}
		if (target == ApplicationStage.REJECTED && (reason == null || reason.isBlank())) {
			throw InvalidFieldsException.of("reason", "recruitment.application.rejectionReasonRequired");
		}
		ApplicationStage from = stage;
		stage = target;
		updatedAt = now;
		return from;
	}

	UUID id() {
		return id;
	}

	UUID candidateId() {
		return candidateId;
	}

	UUID requisitionId() {
		return requisitionId;
	}

	Channel channel() {
		return channel;
	}

	BigDecimal cost() {
		return cost;
	}

	ApplicationStage stage() {
		return stage;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
