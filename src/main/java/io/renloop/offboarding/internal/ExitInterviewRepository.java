package io.renloop.offboarding.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExitInterviewRepository extends JpaRepository<ExitInterview, UUID> {

	Optional<ExitInterview> findByCaseId(UUID caseId);

	boolean existsByCaseId(UUID caseId);
}
