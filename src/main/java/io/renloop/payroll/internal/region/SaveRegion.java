package io.renloop.payroll.internal.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's version of a region as sent, unchecked: {@link RegionAdministration#save} validates every field before
 * anything is stored. The code of the address wins; a code in the body must equal it. The wage figures are optional
 * (monthly yuan).
 */
public record SaveRegion(String code, String name, LocalDate effectiveFrom, List<Item> items, BigDecimal minimumWage,
		BigDecimal averageMonthlyWage) {

	/** A version without wage figures. */
	public SaveRegion(String code, String name, LocalDate effectiveFrom, List<Item> items) {
		this(code, name, effectiveFrom, items, null, null);
	}

	/** One contribution as sent; a missing {@code employeeFixed} is 0. */
	public record Item(ContributionKind kind, BigDecimal baseFloor, BigDecimal baseCeiling, BigDecimal employeeRate,
			BigDecimal employerRate, BigDecimal employeeFixed, Rounding rounding) {
	}
}
