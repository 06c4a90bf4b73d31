package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.employee.EmployeeDetails;
import io.renloop.onboarding.OnboardingStatus;
import io.renloop.onboarding.OnboardingViews.Completion;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.onboarding.internal.onboardingcase.CandidacyFacts.Candidacy;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Completes a submitted case: the employee record, the candidacy handed over, the case closed; audited. */
@Component
@Transactional
class CaseCompletion {

	private final VisibleCases visible;

	private final PersonalInfoSeal seal;

	private final EmployeeRecordCreation employeeRecords;

	private final CandidacyHandover candidacies;

	private final AuditTrail audit;

	private final Clock clock;

	CaseCompletion(VisibleCases visible, PersonalInfoSeal seal, EmployeeRecordCreation employeeRecords,
			CandidacyHandover candidacies, AuditTrail audit, Clock clock) {
		this.visible = visible;
		this.seal = seal;
		this.employeeRecords = employeeRecords;
		this.candidacies = candidacies;
		this.audit = audit;
		this.clock = clock;
	}

	Completion complete(UUID id) {
		OnboardingCase onboarding = visible.load(id);
		onboarding.requireCompletable();
		Candidacy candidacy = candidacies.of(onboarding);
		PersonalInfo info = seal.open(onboarding.personalInfo());
		EmployeeDetails employee = employeeRecords.hire(onboarding, info);
		Instant now = Instant.now(clock);
		candidacies.hired(onboarding, candidacy, employee.id(), now);
		onboarding.complete(employee.id(), CurrentUser.require().email(), now);
		audit.recordChange("COMPLETE", DefaultOnboardingCases.ENTITY, id, Map.of("status",
				OnboardingStatus.SUBMITTED.name()), Map.of("status", onboarding.status().name(), "employeeId",
						employee.id().toString(), "employeeNo", employee.employeeNo()));
		return new Completion(employee.id());
	}
}
