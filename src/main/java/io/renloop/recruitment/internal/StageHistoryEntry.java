package io.renloop.recruitment.internal;

import io.renloop.recruitment.ApplicationStage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One stage change of an application: who, when, from, to and why. Written once; only the reason is dropped
 * when the candidate is erased, since it may describe them.
 */
@Entity
@Table(schema = "recruitment", name = "application_history")
class StageHistoryEntry {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	private ApplicationStage fromStage;

	@Enumerated(EnumType.STRING)
	private ApplicationStage toStage;

	private String reason;

	private String actor;

	private Instant occurredAt;

	protected StageHistoryEntry() {
	}

	StageHistoryEntry(UUID applicationId, ApplicationStage fromStage, ApplicationStage toStage, String reason,
			String actor, Instant occurredAt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.reason = reason;
		this.actor = actor;
		this.occurredAt = occurredAt;
	}

	void forgetReason() {
		this.reason = null;
	}

	UUID applicationId() {
		return applicationId;
	}

	ApplicationStage fromStage() {
		return fromStage;
	}

	ApplicationStage toStage() {
		return toStage;
	}

	String reason() {
		return reason;
	}

	String actor() {
		return actor;
	}

	Instant occurredAt() {
		return occurredAt;
	}
}
