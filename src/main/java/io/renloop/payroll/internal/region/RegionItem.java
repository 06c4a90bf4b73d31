package io.renloop.payroll.internal.region;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One contribution of a region: the base is clamped to {@code baseFloor}…{@code baseCeiling} (yuan a month), the
 * employee pays {@code employeeRate} of it plus {@code employeeFixed} (Beijing's 3 yuan for serious illness), the
 * employer {@code employerRate}; rates are fractions (0.08 = 8 %). Amounts are normalised to two decimals and rates
 * to at least two, so that the JSON reads {@code 7162.00} and {@code 0.08}.
 */
public record RegionItem(ContributionKind kind, BigDecimal baseFloor, BigDecimal baseCeiling, BigDecimal employeeRate,
		BigDecimal employerRate, BigDecimal employeeFixed, Rounding rounding) {

	public RegionItem {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(rounding, "rounding");
		baseFloor = amount(baseFloor, "baseFloor");
		baseCeiling = amount(baseCeiling, "baseCeiling");
		employeeRate = rate(employeeRate, "employeeRate");
		employerRate = rate(employerRate, "employerRate");
		employeeFixed = employeeFixed == null ? BigDecimal.ZERO.setScale(2) : amount(employeeFixed, "employeeFixed");
	}

	private static BigDecimal amount(BigDecimal value, String name) {
		return Objects.requireNonNull(value, name).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal rate(BigDecimal value, String name) {
		Objects.requireNonNull(value, name);
		return value.setScale(Math.max(2, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
	}
}
