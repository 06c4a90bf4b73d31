package io.renloop.recruitment.internal;

import io.renloop.recruitment.ParsedResume.Experience;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.List;

/** Years covered by dated positions; overlapping positions count once, an open end runs to this month. */
final class YearsOfExperience {

	private static final YearMonth ORIGIN = YearMonth.of(1950, 1);

	private YearsOfExperience() {
	}

	static BigDecimal total(List<Experience> positions, Clock clock) {
		YearMonth now = YearMonth.now(clock);
		BitSet months = new BitSet();
		boolean any = false;
		for (Experience position : positions) {
			YearMonth start = DateRanges.toYearMonth(position.start(), false, now);
			YearMonth end = DateRanges.toYearMonth(position.end(), true, now);
			if (start == null || end == null || end.isBefore(start) || start.isBefore(ORIGIN) || start.isAfter(now)) {
				continue;
			}
			if (end.isAfter(now)) {
				end = now;
			}
			any = true;
			months.set(index(start), index(end) + 1);
		}
		return any ? BigDecimal.valueOf(months.cardinality()).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP) : null;
	}

	private static int index(YearMonth month) {
		return (month.getYear() - ORIGIN.getYear()) * 12 + month.getMonthValue() - 1;
	}
}
