package io.renloop.interview.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The AI and human weights of one requisition's composite assessment, when they differ from the defaults. */
@Entity
@Table(schema = "interview", name = "assessment_weights")
class RequisitionAssessmentWeights {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID requisitionId;

	private int aiWeight;

	private int humanWeight;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private Long version;

	protected RequisitionAssessmentWeights() {
	}

	RequisitionAssessmentWeights(UUID requisitionId) {
		this.id = UUID.randomUUID();
		this.requisitionId = requisitionId;
	}

	void set(int ai, int human, String by, Instant now) {
		this.aiWeight = ai;
		this.humanWeight = human;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	int aiWeight() {
		return aiWeight;
	}

	int humanWeight() {
		return humanWeight;
	}
}
