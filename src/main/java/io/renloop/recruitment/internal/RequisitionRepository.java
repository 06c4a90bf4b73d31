package io.renloop.recruitment.internal;

import io.renloop.recruitment.RequisitionStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RequisitionRepository extends JpaRepository<Requisition, UUID> {

	Page<Requisition> findAllByOrderByCreatedAtDesc(Pageable pageable);

	Page<Requisition> findByStatusOrderByCreatedAtDesc(RequisitionStatus status, Pageable pageable);

	Page<Requisition> findByStatus(RequisitionStatus status, Pageable pageable);

	List<Requisition> findByTitleContainingIgnoreCaseOrderByCreatedAtDesc(String title, Pageable pageable);

	@Query("""
			select coalesce(sum(r.headcount), 0) from Requisition r
			where r.departmentId = ?1 and r.positionId = ?2 and r.status = io.renloop.recruitment.RequisitionStatus.OPEN
			and r.id <> ?3""")
	long openHeadcountOfOthers(UUID departmentId, UUID positionId, UUID exceptId);
}
