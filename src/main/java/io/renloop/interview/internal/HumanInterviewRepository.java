package io.renloop.interview.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HumanInterviewRepository extends JpaRepository<HumanInterview, UUID> {

	List<HumanInterview> findByApplicationIdOrderByStartsAt(UUID applicationId);

	/** Booked interviews that share some time with the period. */
	List<HumanInterview> findByStatusAndStartsAtBeforeAndEndsAtAfter(String status, Instant end, Instant start);
}
