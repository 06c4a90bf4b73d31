package io.renloop.interview.internal;

import io.renloop.interview.InterviewScheduling.ScheduledInterview;
import io.renloop.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** An interview with people, booked for an application inside its interviewers' availability. */
@Entity
@Table(schema = "interview", name = "scheduled_interview")
class HumanInterview {

	static final String SCHEDULED = "SCHEDULED";

	static final String CANCELLED = "CANCELLED";

	@Id
	private UUID id;

	@TenantId
	private String tenantId;

	private UUID applicationId;

	private UUID candidateId;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private UUID[] interviewerIds;

	private Instant startsAt;

	private Instant endsAt;

	private String location;

	private String meetingUrl;

	private String note;

	private String status;

	private int sequence;

	private boolean candidateEmailed;

	private String createdBy;

	private Instant createdAt;

	private Instant cancelledAt;

	@Version
	private Long version;

	protected HumanInterview() {
	}

	HumanInterview(UUID applicationId, UUID candidateId, List<UUID> interviewerIds, Instant startsAt, Instant endsAt,
			String location, String meetingUrl, String note, boolean candidateEmailed, String createdBy,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.candidateId = candidateId;
		this.interviewerIds = interviewerIds.toArray(UUID[]::new);
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.location = location;
		this.meetingUrl = meetingUrl;
		this.note = note;
		this.status = SCHEDULED;
		this.candidateEmailed = candidateEmailed;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Cancels the interview; its invitation gets a new revision. */
	void cancel(Instant now) {
		if (!SCHEDULED.equals(status)) {
			throw new BusinessRuleException("interview.schedule.alreadyCancelled");
		}
		status = CANCELLED;
		sequence++;
		cancelledAt = now;
	}

	boolean overlaps(Instant start, Instant end) {
		return SCHEDULED.equals(status) && startsAt.isBefore(end) && endsAt.isAfter(start);
	}

	boolean involves(UUID userId) {
		return Arrays.asList(interviewerIds).contains(userId);
	}

	/** Whether the user interviews in it: one of its interviewers, and it was not cancelled. */
	boolean assigns(UUID userId) {
		return SCHEDULED.equals(status) && involves(userId);
	}

	UUID id() {
		return id;
	}

	UUID applicationId() {
		return applicationId;
	}

	UUID candidateId() {
		return candidateId;
	}

	List<UUID> interviewerIds() {
		return List.of(interviewerIds);
	}

	Instant startsAt() {
		return startsAt;
	}

	Instant endsAt() {
		return endsAt;
	}

	String location() {
		return location;
	}

	String meetingUrl() {
		return meetingUrl;
	}

	String note() {
		return note;
	}

	int sequence() {
		return sequence;
	}

	Instant cancelledAt() {
		return cancelledAt;
	}

	ScheduledInterview view() {
		return new ScheduledInterview(id, applicationId, interviewerIds(), startsAt, endsAt, location, meetingUrl, note,
				status, candidateEmailed, createdBy, createdAt);
	}
}
