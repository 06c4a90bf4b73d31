package io.renloop.training.internal.recommend;

import io.renloop.interview.InterviewScored;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTransactions;
import io.renloop.training.InterviewFindings;
import io.renloop.training.Recommendations.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps what an AI interview revealed as structured rows — every dimension's score and every uncovered key point —
 * keyed by the application, and attaches them to the employee once the offer of that application was accepted and
 * onboarding created the employee (the three events may arrive in any order). Idempotent by reference keys.
 */
@Component
class InterviewNeeds implements InterviewFindings {

	private final NeedStore needs;

	private final TenantTransactions inTenant;

	private final Clock clock;

	InterviewNeeds(NeedStore needs, TenantTransactions inTenant, Clock clock) {
		this.needs = needs;
		this.inTenant = inTenant;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(InterviewScored scored) {
		inTenant.run(scored.tenantId(), () -> {
			needs.lockLinks();
			store(null, scored.applicationId(), scored.sessionId(), scored.dimensionScores(), scored.weaknesses());
			needs.attachLinkedNeeds();
		});
	}

	@Override
	public void record(UUID employeeId, UUID sessionId, Map<String, Double> dimensionScores,
			List<String> missedPoints) {
		inTenant.run(TenantContext.require(), () -> store(employeeId, null, sessionId, dimensionScores,
				missedPoints));
	}

	private void store(UUID employeeId, UUID applicationId, UUID sessionId, Map<String, Double> dimensionScores,
			List<String> missedPoints) {
		String missing = String.join("；", missedPoints);
		for (Map.Entry<String, Double> dimension : dimensionScores.entrySet()) {
			needs.record(employeeId, applicationId, Source.AI_INTERVIEW, dimension.getKey(),
					BigDecimal.valueOf(dimension.getValue()).setScale(2, RoundingMode.HALF_UP), missing, "",
					sessionId + ":dimension:" + dimension.getKey(), clock.instant());
		}
		for (String point : missedPoints) {
			needs.record(employeeId, applicationId, Source.AI_INTERVIEW, point, null, point, "",
					sessionId + ":point:" + point, clock.instant());
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferAccepted accepted) {
		inTenant.run(accepted.tenantId(), () -> {
			needs.lockLinks();
			needs.linkOffer(accepted.offerId(), accepted.applicationId());
		});
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OnboardingCompleted completed) {
		inTenant.run(completed.tenantId(), () -> {
			needs.lockLinks();
			needs.linkEmployee(completed.offerId(), completed.employeeId());
		});
	}
}
