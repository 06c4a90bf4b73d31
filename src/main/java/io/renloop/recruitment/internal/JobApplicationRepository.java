package io.renloop.recruitment.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobApplicationRepository extends JpaRepository<JobApplication, UUID> {

	List<JobApplication> findByRequisitionIdOrderByCreatedAt(UUID requisitionId);

	List<JobApplication> findByCandidateIdOrderByCreatedAt(UUID candidateId);

	boolean existsByCandidateIdAndRequisitionId(UUID candidateId, UUID requisitionId);
}
