package io.renloop.leave;

import java.time.LocalDate;

/**
 * A statutory or provincial leave rule in force.
 *
 * @param province {@code CN} for national law, else BJ, SH, GD, SX...
 * @param variant {@code BASE}, {@code EXTENSION} (the province's addition to maternity leave),
 * {@code PER_CHILD_UNDER_3}, {@code DIFFICULT_BIRTH}...
 * @param per {@code REQUEST} (per event) or {@code YEAR}
 * @param source the law and article it comes from
 */
public record LeaveRuleView(String province, String type, String variant, int days, DayBasis dayBasis, String per,
		LocalDate effectiveFrom, LocalDate effectiveTo, String source) {
}
