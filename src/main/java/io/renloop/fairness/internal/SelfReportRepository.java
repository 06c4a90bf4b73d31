package io.renloop.fairness.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfReportRepository extends JpaRepository<SelfReport, UUID> {

	Optional<SelfReport> findByApplicationId(UUID applicationId);

	List<SelfReport> findByApplicationIdIn(Collection<UUID> applicationIds);
}
