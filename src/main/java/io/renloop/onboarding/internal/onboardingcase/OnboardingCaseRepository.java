package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OnboardingStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingCaseRepository extends JpaRepository<OnboardingCase, UUID> {

	Optional<OnboardingCase> findByOfferId(UUID offerId);

	List<OnboardingCase> findAllByOrderByStartDateDescCreatedAtDesc();

	List<OnboardingCase> findByDepartmentIdInOrderByStartDateDesc(Collection<UUID> departmentIds);

	Optional<OnboardingCase> findByEmployeeId(UUID employeeId);

	List<OnboardingCase> findByStatusAndProbationEndDateBetween(OnboardingStatus status, LocalDate from,
			LocalDate to);
}
