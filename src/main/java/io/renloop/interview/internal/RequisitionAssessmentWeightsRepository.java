package io.renloop.interview.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequisitionAssessmentWeightsRepository extends JpaRepository<RequisitionAssessmentWeights, UUID> {

	Optional<RequisitionAssessmentWeights> findByRequisitionId(UUID requisitionId);
}
