package io.renloop.payroll.internal.region;

import java.math.BigDecimal;

/** One line of a month's contributions: the clamped base, the rates applied and the amounts, in yuan to the fen. */
public record Contribution(ContributionKind kind, BigDecimal base, BigDecimal employeeRate, BigDecimal employee,
		BigDecimal employerRate, BigDecimal employer) {
}
