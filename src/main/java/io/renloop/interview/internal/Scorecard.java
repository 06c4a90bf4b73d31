package io.renloop.interview.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.renloop.interview.ScorecardDefinition.Recommendation;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One interviewer's scorecard of one application; the ratings are a JSON document. */
@Entity
@Table(schema = "interview", name = "scorecard")
class Scorecard {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID applicationId;

	private UUID requisitionId;

	private UUID interviewerId;

	private String interviewer;

	@JdbcTypeCode(SqlTypes.JSON)
	private String ratings;

	private String comment;

	@Enumerated(EnumType.STRING)
	private Recommendation recommendation;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Scorecard() {
	}

	Scorecard(UUID applicationId, UUID requisitionId, UUID interviewerId, String interviewer, Instant now) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.requisitionId = requisitionId;
		this.interviewerId = interviewerId;
		this.interviewer = interviewer;
		this.createdAt = now;
	}

	void replace(String ratings, String comment, Recommendation recommendation, Instant now) {
		this.ratings = ratings;
		this.comment = comment;
		this.recommendation = recommendation;
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	UUID applicationId() {
		return applicationId;
	}

	String interviewer() {
		return interviewer;
	}

	String ratings() {
		return ratings;
	}

	String comment() {
		return comment;
	}

	Recommendation recommendation() {
		return recommendation;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
