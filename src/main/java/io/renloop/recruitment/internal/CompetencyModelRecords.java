package io.renloop.recruitment.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencyModelRecords extends JpaRepository<CompetencyModelRecord, UUID> {

	Optional<CompetencyModelRecord> findByPositionId(UUID positionId);
}
