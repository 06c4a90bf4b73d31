package io.renloop.offboarding.internal;

import io.renloop.offboarding.CaseStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OffboardingCaseRepository extends JpaRepository<OffboardingCase, UUID> {

	List<OffboardingCase> findAllByOrderByLastDayDesc();

	Optional<OffboardingCase> findFirstByEmployeeIdOrderByCreatedAtDesc(UUID employeeId);

	boolean existsByEmployeeIdAndStatusIn(UUID employeeId, Collection<CaseStatus> statuses);

	List<OffboardingCase> findByStatusAndLastDayBefore(CaseStatus status, LocalDate day);
}
