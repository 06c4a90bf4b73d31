package io.renloop.interview.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HiringDecisionRepository extends JpaRepository<HiringDecision, UUID> {

	List<HiringDecision> findByApplicationIdOrderByDecidedAtDesc(UUID applicationId);
}
