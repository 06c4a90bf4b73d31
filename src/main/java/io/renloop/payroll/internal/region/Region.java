package io.renloop.payroll.internal.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The social insurance and housing fund rules of a city (or province) from a day on: a version, replaced by the next
 * version of the same code. Each {@link ContributionKind} occurs at most once.
 */
public record Region(String code, String name, LocalDate effectiveFrom, List<RegionItem> items) {

	public Region {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		items = List.copyOf(items);
	}

	/** The item of a kind, if the region collects it separately. */
	public Optional<RegionItem> item(ContributionKind kind) {
		return items.stream().filter(item -> item.kind() == kind).findFirst();
	}
}
