package io.renloop.payroll.internal.region;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The social insurance and housing fund rules of a city (or province) from a day on: a version, replaced by the next
 * version of the same code. Each {@link ContributionKind} occurs at most once.
 *
 * @param minimumWage the local monthly minimum wage (sick pay is at least 80 % of it), or null when unknown
 * @param averageMonthlyWage the previous year's local average monthly wage (the housing fund is tax-exempt up to 12 %
 * of three times it), or null when unknown
 */
public record Region(String code, String name, LocalDate effectiveFrom, List<RegionItem> items, BigDecimal minimumWage,
		BigDecimal averageMonthlyWage) {

	public Region {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		items = List.copyOf(items);
		// amounts answer with two decimals, as every amount of the API
		minimumWage = minimumWage == null ? null : minimumWage.setScale(2, RoundingMode.HALF_UP);
		averageMonthlyWage = averageMonthlyWage == null ? null : averageMonthlyWage.setScale(2, RoundingMode.HALF_UP);
	}

	/** A region without wage figures. */
	public Region(String code, String name, LocalDate effectiveFrom, List<RegionItem> items) {
		this(code, name, effectiveFrom, items, null, null);
	}

	/** The item of a kind, if the region collects it separately. */
	public Optional<RegionItem> item(ContributionKind kind) {
		return items.stream().filter(item -> item.kind() == kind).findFirst();
	}
}
