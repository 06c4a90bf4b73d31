package io.renloop.onboarding.internal.onboardingcase;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationResultRepository extends JpaRepository<VerificationResult, UUID> {

	List<VerificationResult> findByCaseIdOrderByCheckedAt(UUID caseId);
}
