package io.renloop.onboarding.internal.onboardingcase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, UUID> {

	List<ChecklistItem> findByCaseIdOrderBySortOrder(UUID caseId);

	List<ChecklistItem> findByDoneAtIsNullAndDueDateLessThanEqual(LocalDate day);
}
