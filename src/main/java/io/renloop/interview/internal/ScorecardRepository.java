package io.renloop.interview.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardRepository extends JpaRepository<Scorecard, UUID> {

	List<Scorecard> findByApplicationIdOrderByCreatedAt(UUID applicationId);

	Optional<Scorecard> findByApplicationIdAndInterviewerId(UUID applicationId, UUID interviewerId);
}
