package io.renloop.analytics.internal;

import io.renloop.analytics.HiringOutcomes;
import io.renloop.interview.InterviewScored;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.platform.TenantTransactions;
import io.renloop.recruitment.CandidateErased;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the facts of hiring validity as interview, onboarding and performance announce them (durable, run as the
 * event's tenant, ADR 0018); {@link HiringOutcomes} makes every delivery idempotent.
 */
@Component
class HiringOutcomeListeners {

	private final HiringOutcomes outcomes;

	private final TenantTransactions inTenant;

	HiringOutcomeListeners(HiringOutcomes outcomes, TenantTransactions inTenant) {
		this.outcomes = outcomes;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(InterviewScored scored) {
		inTenant.run(scored.tenantId(), () -> outcomes.interviewScored(scored));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferAccepted accepted) {
		inTenant.run(accepted.tenantId(), () -> outcomes.offerAccepted(accepted));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OnboardingCompleted completed) {
		inTenant.run(completed.tenantId(), () -> outcomes.hired(completed));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PerformanceResultsPublished published) {
		inTenant.run(published.tenantId(), () -> outcomes.resultsPublished(published));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CandidateErased erased) {
		inTenant.run(erased.tenantId(), () -> outcomes.candidateErased(erased));
	}
}
