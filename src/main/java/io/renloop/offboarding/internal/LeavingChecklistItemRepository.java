package io.renloop.offboarding.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeavingChecklistItemRepository extends JpaRepository<LeavingChecklistItem, UUID> {

	List<LeavingChecklistItem> findByCaseIdOrderBySortOrder(UUID caseId);

	List<LeavingChecklistItem> findByCaseIdIn(Collection<UUID> caseIds);
}
