package io.renloop.interview.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Reads the submitted AI interviews of an application for its assessment. */
interface SubmittedSessions extends Repository<InterviewSession, UUID> {

	Optional<InterviewSession> findFirstByApplicationIdAndStatusOrderBySubmittedAtDesc(UUID applicationId, String status);

	default Optional<InterviewSession> latest(UUID applicationId) {
		return findFirstByApplicationIdAndStatusOrderBySubmittedAtDesc(applicationId, InterviewSession.SUBMITTED);
	}
}
