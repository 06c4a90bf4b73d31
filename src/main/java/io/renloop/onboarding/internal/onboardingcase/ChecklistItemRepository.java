package io.renloop.onboarding.internal.onboardingcase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, UUID> {

	List<ChecklistItem> findByCaseIdOrderBySortOrder(UUID caseId);

	/** Per case: its id, its items and those done; one statement for a whole list of cases. */
	@Query("select i.caseId, count(i), count(i.doneAt) from ChecklistItem i where i.caseId in ?1 group by i.caseId")
	List<Object[]> progressOf(Collection<UUID> caseIds);

	List<ChecklistItem> findByDoneAtIsNullAndDueDateLessThanEqual(LocalDate day);
}
