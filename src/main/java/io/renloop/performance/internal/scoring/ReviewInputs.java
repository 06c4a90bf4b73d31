package io.renloop.performance.internal.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a review is scored from.
 *
 * @param metrics the imported value of each metric for the employee (or their department), with its source
 * @param selfScores the employee's scores by item key
 * @param managerScores the manager's scores by item key (KPI code, or {@code C:} and the competency's name)
 */
public record ReviewInputs(Map<String, MetricValue> metrics, Map<String, BigDecimal> selfScores,
		Map<String, BigDecimal> managerScores) {

	public ReviewInputs {
		metrics = Map.copyOf(metrics);
		selfScores = Map.copyOf(selfScores);
		managerScores = Map.copyOf(managerScores);
	}

	/** A metric's value and where it came from. */
	public record MetricValue(BigDecimal value, String source) {
	}
}
