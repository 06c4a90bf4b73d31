package io.renloop.recruitment.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobApplicationRepository extends JpaRepository<JobApplication, UUID> {

	List<JobApplication> findByRequisitionIdOrderByCreatedAt(UUID requisitionId);

	List<JobApplication> findByCandidateIdOrderByCreatedAt(UUID candidateId);

	@Query("select a.requisitionId as requisitionId, count(a) as applications from JobApplication a "
			+ "where a.requisitionId in :requisitionIds group by a.requisitionId")
	List<RequisitionCount> countByRequisitionIds(Collection<UUID> requisitionIds);

	/** The number of applications of one requisition. */
	interface RequisitionCount {

		UUID getRequisitionId();

		long getApplications();
	}

	boolean existsByCandidateIdAndRequisitionId(UUID candidateId, UUID requisitionId);
}
