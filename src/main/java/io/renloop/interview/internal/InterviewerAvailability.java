package io.renloop.interview.internal;

import io.renloop.interview.InterviewScheduling.AvailabilitySlot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Time an interviewer can interview in. */
@Entity
@Table(schema = "interview", name = "interviewer_availability")
class InterviewerAvailability {

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID userId;

	private Instant startsAt;

	private Instant endsAt;

	private String createdBy;

	private Instant createdAt;

	protected InterviewerAvailability() {
	}

	InterviewerAvailability(UUID userId, Instant startsAt, Instant endsAt, String createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	Instant startsAt() {
		return startsAt;
	}

	Instant endsAt() {
		return endsAt;
	}

	AvailabilitySlot view() {
		return new AvailabilitySlot(id, userId, startsAt, endsAt);
	}
}
