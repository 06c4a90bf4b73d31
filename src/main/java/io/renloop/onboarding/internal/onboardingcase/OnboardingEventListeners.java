package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingSubmitted;
import io.renloop.platform.SystemActor;
import io.renloop.workflow.ApprovalDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Reacts to the loop: an accepted offer opens its case, a submitted case is checked, a decided probation
 * approval confirms the employee. Each handler is idempotent. The handlers start no transaction of their own: the
 * work's transaction must begin inside the event's tenant, which Hibernate reads when it opens the session.
 */
@Component
class OnboardingEventListeners {

	private final OnboardingCases cases;

	private final CaseVerification verification;

	private final ProbationTracking probation;

	OnboardingEventListeners(OnboardingCases cases, CaseVerification verification, ProbationTracking probation) {
		this.cases = cases;
		this.verification = verification;
		this.probation = probation;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferAccepted offer) {
		SystemActor.runAs(offer.tenantId(), () -> cases.open(offer));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OnboardingSubmitted submitted) {
		SystemActor.runAs(submitted.tenantId(), () -> verification.check(submitted.caseId()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (ProbationTracking.SUBJECT_TYPE.equals(decided.subjectType())) {
			SystemActor.runAs(decided.tenantId(), () -> probation.decided(decided));
		}
	}
}
