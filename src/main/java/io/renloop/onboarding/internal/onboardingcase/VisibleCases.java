package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The onboarding cases the caller may see: a manager those of their department and the units below it, everyone
 * else with access all of the tenant's. A case outside is not found.
 */
@Component
class VisibleCases {

	private final OnboardingCaseRepository cases;

	private final Organization organization;

	VisibleCases(OnboardingCaseRepository cases, Organization organization) {
		this.cases = cases;
		this.organization = organization;
	}

	OnboardingCase load(UUID id) {
		OnboardingCase onboarding = cases.findById(id)
			.orElseThrow(() -> new NotFoundException(DefaultOnboardingCases.ENTITY, id));
		Optional<Set<UUID>> departments = departments();
		if (departments.isPresent() && !departments.get().contains(onboarding.departmentId())) {
			throw new NotFoundException(DefaultOnboardingCases.ENTITY, id);
		}
		return onboarding;
	}

	/** Newest start first. */
	List<OnboardingCase> all() {
		return departments().map(cases::findByDepartmentIdInOrderByStartDateDesc)
			.orElseGet(cases::findAllByOrderByStartDateDescCreatedAtDesc);
	}

	/** The departments whose cases a department-scoped user (a manager) sees; empty for everyone else. */
	private Optional<Set<UUID>> departments() {
		return organization.departmentsInScope(CurrentUser.require());
	}
}
