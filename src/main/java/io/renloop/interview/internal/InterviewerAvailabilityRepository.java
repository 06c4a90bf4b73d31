package io.renloop.interview.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewerAvailabilityRepository extends JpaRepository<InterviewerAvailability, UUID> {

	List<InterviewerAvailability> findByUserIdOrderByStartsAt(UUID userId);
}
