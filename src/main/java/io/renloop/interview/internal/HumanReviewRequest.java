package io.renloop.interview.internal;

import io.renloop.interview.HumanReviewAnswer.Outcome;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A candidate's request for a person to review their AI interview: open until a person answers it, once. */
@Entity
@Table(schema = "interview", name = "human_review")
class HumanReviewRequest {

	static final String OPEN = "OPEN";

	static final String ANSWERED = "ANSWERED";

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID sessionId;

	private UUID applicationId;

	private UUID requisitionId;

	private String assignedTo;

	private String reason;

	private String status;

	private Instant requestedAt;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String comment;

	private String answeredBy;

	private Instant answeredAt;

	@Version
	private Long version;

	protected HumanReviewRequest() {
	}

	HumanReviewRequest(UUID sessionId, UUID applicationId, UUID requisitionId, String assignedTo, String reason,
			Instant requestedAt, Instant dueAt) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.applicationId = applicationId;
		this.requisitionId = requisitionId;
		this.assignedTo = assignedTo;
		this.reason = reason;
		this.status = OPEN;
		this.requestedAt = requestedAt;
		this.dueAt = dueAt;
	}

	void answer(Outcome outcome, String comment, String by, Instant now) {
		if (!OPEN.equals(status)) {
			throw new BusinessRuleException("interview.humanReview.answered");
		}
		this.outcome = outcome;
		this.comment = comment;
		this.answeredBy = by;
		this.answeredAt = now;
		this.status = ANSWERED;
	}

	boolean overdue(Instant now) {
		return OPEN.equals(status) && now.isAfter(dueAt);
	}

	UUID id() {
		return id;
	}

	UUID sessionId() {
		return sessionId;
	}

	UUID applicationId() {
		return applicationId;
	}

	UUID requisitionId() {
		return requisitionId;
	}

	String assignedTo() {
		return assignedTo;
	}

	String reason() {
		return reason;
	}

	String status() {
		return status;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	Instant dueAt() {
		return dueAt;
	}

	Outcome outcome() {
		return outcome;
	}

	String comment() {
		return comment;
	}

	String answeredBy() {
		return answeredBy;
	}

	Instant answeredAt() {
		return answeredAt;
	}
}
