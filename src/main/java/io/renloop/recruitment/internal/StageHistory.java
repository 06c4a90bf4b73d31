package io.renloop.recruitment.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageHistory extends JpaRepository<StageHistoryEntry, UUID> {

	List<StageHistoryEntry> findByApplicationIdInOrderByOccurredAt(Collection<UUID> applicationIds);
}
