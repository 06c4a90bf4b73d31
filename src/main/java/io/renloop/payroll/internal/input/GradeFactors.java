package io.renloop.payroll.internal.input;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Payroll's rule from a performance grade to the performance factor that salary items read
 * ({@code PERFORMANCE_BONUS = base × 0.1 × performanceFactor} by default): S 1.5, A 1.2, B 1.0, C 0.8, D 0; a
 * grade the table does not know keeps the neutral 1.0.
 */
final class GradeFactors {

	private static final Map<String, BigDecimal> FACTORS = Map.of("S", new BigDecimal("1.50"), "A",
			new BigDecimal("1.20"), "B", new BigDecimal("1.00"), "C", new BigDecimal("0.80"), "D",
			new BigDecimal("0.00"));

	private GradeFactors() {
	}

	static BigDecimal of(String grade) {
		return FACTORS.getOrDefault(grade, BigDecimal.ONE.setScale(2));
	}
}
