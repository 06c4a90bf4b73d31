package io.renloop.payroll.internal.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Regions for unit tests, built item by item. */
final class RegionFixtures {

	static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

	private RegionFixtures() {
	}

	static Region region(RegionItem... items) {
		return new Region("TEST", "Test region", JULY_2025, List.of(items));
	}

	static Region version(String code, String name, LocalDate from) {
		return new Region(code, name, from, List.of(item(ContributionKind.PENSION, "0.08", "0.16")));
	}

	/** An item with the base range 5000…25000 and the rounding to the fen. */
	static RegionItem item(ContributionKind kind, String employeeRate, String employerRate) {
		return item(kind, employeeRate, employerRate, "0", Rounding.FEN);
	}

	static RegionItem item(ContributionKind kind, String employeeRate, String employerRate, String employeeFixed,
			Rounding rounding) {
		return new RegionItem(kind, new BigDecimal("5000"), new BigDecimal("25000"), new BigDecimal(employeeRate),
				new BigDecimal(employerRate), new BigDecimal(employeeFixed), rounding);
	}

	static BigDecimal yuan(String amount) {
		return new BigDecimal(amount);
	}
}
