package io.renloop.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Interviews with people: interviewers' available time and interviews booked inside it. Booking and cancelling
 * e-mail the candidate and the interviewers an iCalendar invitation (RFC 5545, METHOD:REQUEST or METHOD:CANCEL).
 * Unknown ids, and ids of other tenants, raise {@code NotFoundException}.
 */
public interface InterviewScheduling {

	/** An interviewer's recorded available time, earliest first. */
	List<AvailabilitySlot> availability(UUID interviewerUserId);

	/**
	 * Records available time of an interviewer: any user with INTERVIEW_WRITE for anybody, an interviewer for
	 * themselves.
	 * @throws io.renloop.platform.InvalidFieldsException when the end is not after the start
	 */
	AvailabilitySlot addAvailability(UUID interviewerUserId, Instant start, Instant end);

	/**
	 * Books an interview and e-mails the invitations.
	 * @throws io.renloop.platform.BusinessRuleException 409 when an interviewer is not available for the whole
	 * time or already has another interview then
	 */
	ScheduledInterview schedule(UUID applicationId, ScheduleInterview command);

	/** The interviews of an application, earliest first, cancelled ones included. */
	List<ScheduledInterview> ofApplication(UUID applicationId);

	/** Cancels an interview and e-mails the cancellations; 409 when it is cancelled already. */
	ScheduledInterview cancel(UUID applicationId, UUID interviewId);

	/** Time an interviewer can interview in. */
	record AvailabilitySlot(UUID id, UUID userId, Instant start, Instant end) {
	}

	/**
	 * @param interviewerUserIds users of the tenant who may interview (INTERVIEW_READ)
	 * @param start when the interview begins
	 * @param end when it ends
	 * @param location a room or address, may be null
	 * @param meetingUrl the address of an online meeting, may be null
	 * @param note what the candidate should know or bring, may be null
	 */
	record ScheduleInterview(List<UUID> interviewerUserIds, Instant start, Instant end, String location,
			String meetingUrl, String note) {
	}

	/**
	 * @param status SCHEDULED or CANCELLED
	 * @param candidateEmailed false when the candidate has no e-mail address and got no invitation
	 */
	record ScheduledInterview(UUID id, UUID applicationId, List<UUID> interviewerUserIds, Instant start, Instant end,
			String location, String meetingUrl, String note, String status, boolean candidateEmailed,
			String createdBy, Instant createdAt) {
	}
}
