package io.renloop.interview.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewPlanRepository extends JpaRepository<InterviewPlan, UUID> {

	Optional<InterviewPlan> findByRequisitionId(UUID requisitionId);
}
