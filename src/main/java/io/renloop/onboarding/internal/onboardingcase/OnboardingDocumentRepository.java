package io.renloop.onboarding.internal.onboardingcase;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingDocumentRepository extends JpaRepository<OnboardingDocument, UUID> {

	List<OnboardingDocument> findByCaseIdOrderByUploadedAt(UUID caseId);
}
