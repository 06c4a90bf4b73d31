package io.renloop.training.internal.effect;

import io.renloop.performance.PerformanceResultsPublished;
import io.renloop.performance.PerformanceResultsPublished.Gap;
import io.renloop.performance.PerformanceResultsPublished.Item;
import io.renloop.performance.PerformanceResultsPublished.Result;
import io.renloop.platform.TenantTransactions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the scores of published performance results — every item, and the overall score as {@code TOTAL} — once per
 * cycle, employee and item, then measures again the courses tied to an item and announces their effect.
 */
@Component
class PerformanceScores {

	/** The item code of a result's overall score. */
	static final String TOTAL = "TOTAL";

	private final ScoreStore scores;

	private final CourseEffects effects;

	private final TenantTransactions inTenant;

	PerformanceScores(ScoreStore scores, CourseEffects effects, TenantTransactions inTenant) {
		this.scores = scores;
		this.effects = effects;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PerformanceResultsPublished published) {
		inTenant.run(published.tenantId(), () -> {
			for (Result result : published.results()) {
				if (result.score() != null) {
					scores.record(published.cycleId(), result.employeeId(), TOTAL, result.score(),
							published.publishedAt());
				}
				for (Item item : result.items()) {
					scores.record(published.cycleId(), result.employeeId(), item.code(), item.score(),
							published.publishedAt());
				}
				// events published before items were carried still tell the low items
				for (Gap gap : result.gaps()) {
					scores.record(published.cycleId(), result.employeeId(), gap.code(), gap.score(),
							published.publishedAt());
				}
			}
			effects.announce();
		});
	}
}
