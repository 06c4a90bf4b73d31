package io.renloop.analytics.internal.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a dashboard is asked for: the tenant, the days (inclusive), the unit filter, the units shown and, for the people
 * behind a number, how many of them at most.
 */
record Period(String tenantId, LocalDate from, LocalDate to, UUID departmentId, Units units, int rows) {

	/** The months the period touches, oldest first, as {@code yyyy-MM}. */
	List<String> months() {
		List<String> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			months.add(m.toString());
		}
		return months;
	}

	Date fromDate() {
		return Date.valueOf(from);
	}

	Date toDate() {
		return Date.valueOf(to);
	}

	/** The first day after the period, for half-open timestamp ranges. */
	Date afterDate() {
		return Date.valueOf(to.plusDays(1));
	}
}
