package io.renloop.training.internal.recommend;

import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.platform.TenantTransactions;
import io.renloop.training.Recommendations.Source;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Keeps the gaps of published performance results as development needs, once per cycle, employee and item. */
@Component
class PerformanceNeeds {

	private final NeedStore needs;

	private final TenantTransactions inTenant;

	private final Clock clock;

	PerformanceNeeds(NeedStore needs, TenantTransactions inTenant, Clock clock) {
		this.needs = needs;
		this.inTenant = inTenant;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PerformanceResultsPublished published) {
		inTenant.run(published.tenantId(), () -> {
			for (PerformanceResultsPublished.Result result : published.results()) {
				for (PerformanceResultsPublished.Gap gap : result.gaps()) {
					needs.record(result.employeeId(), null, Source.PERFORMANCE, gap.name(), gap.score(), "",
							published.cycleName(), published.cycleId() + ":" + result.employeeId() + ":" + gap.kind()
									+ ":" + gap.code(), clock.instant());
				}
			}
		});
	}
}
