package io.renloop.interview.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HumanReviewRequestRepository extends JpaRepository<HumanReviewRequest, UUID> {

	Optional<HumanReviewRequest> findBySessionId(UUID sessionId);

	List<HumanReviewRequest> findAllByOrderByDueAt();

	List<HumanReviewRequest> findByStatusOrderByDueAt(String status);

	List<HumanReviewRequest> findByApplicationIdOrderByRequestedAtDesc(UUID applicationId);
}
