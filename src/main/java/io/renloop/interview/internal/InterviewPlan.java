package io.renloop.interview.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** The interview plan of one requisition; questions and weights are JSON documents. */
@Entity
@Table(schema = "interview", name = "interview_plan")
class InterviewPlan {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID requisitionId;

	@JdbcTypeCode(SqlTypes.JSON)
	private String questions;

	@JdbcTypeCode(SqlTypes.JSON)
	private String dimensionWeights;

	private int passThreshold;

	private Integer timeLimitMinutes;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected InterviewPlan() {
	}

	InterviewPlan(UUID requisitionId, Instant now) {
		this.id = UUID.randomUUID();
		this.requisitionId = requisitionId;
		this.createdAt = now;
	}

	void replace(String questions, String dimensionWeights, int passThreshold, Integer timeLimitMinutes, Instant now) {
		this.questions = questions;
		this.dimensionWeights = dimensionWeights;
		this.passThreshold = passThreshold;
		this.timeLimitMinutes = timeLimitMinutes;
		this.updatedAt = now;
	}

	UUID requisitionId() {
		return requisitionId;
	}

	String questions() {
		return questions;
	}

	String dimensionWeights() {
		return dimensionWeights;
	}

	int passThreshold() {
		return passThreshold;
	}

	Integer timeLimitMinutes() {
		return timeLimitMinutes;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
