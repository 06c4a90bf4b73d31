package io.renloop.organization.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface HeadcountPlanEntries extends ListCrudRepository<HeadcountPlanEntry, UUID> {

	Optional<HeadcountPlanEntry> findByDepartmentIdAndPositionId(UUID departmentId, UUID positionId);
}
