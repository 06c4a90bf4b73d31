package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingSubmitted;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Reacts to the loop: an accepted offer opens its case, a submitted case is checked, a decided probation
 * approval confirms the employee. Each handler is idempotent and works as the event's tenant in a transaction of
 * its own (ADR 0018).
 */
@Component
class OnboardingEventListeners {

	private final OnboardingCases cases;

	private final CaseVerification verification;

	private final ProbationTracking probation;

	private final TenantTransactions inTenant;

	OnboardingEventListeners(OnboardingCases cases, CaseVerification verification, ProbationTracking probation,
			TenantTransactions inTenant) {
		this.cases = cases;
		this.verification = verification;
		this.probation = probation;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferAccepted offer) {
		inTenant.run(offer.tenantId(), () -> cases.open(offer));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OnboardingSubmitted submitted) {
		inTenant.run(submitted.tenantId(), () -> verification.check(submitted.caseId()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (ProbationTracking.SUBJECT_TYPE.equals(decided.subjectType())) {
			inTenant.run(decided.tenantId(), () -> probation.decided(decided));
		}
	}
}
