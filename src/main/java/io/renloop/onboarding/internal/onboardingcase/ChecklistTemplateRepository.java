package io.renloop.onboarding.internal.onboardingcase;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplateItem, UUID> {

	List<ChecklistTemplateItem> findAllByOrderBySortOrder();
}
