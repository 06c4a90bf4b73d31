package io.renloop.analytics.internal.workforce;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Entry;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Expected exits from each slot's exit rate over the trailing twelve months: the slot's exits (termination dates in
 * the year before today) over its average headcount (the mean of the headcounts a year ago and today), applied to
 * today's headcount and rounded half up. A slot with nobody a year ago nor today expects none.
 */
@Component
class TrailingExitRate implements ExpectedExits {

	private final EmployeeDirectory directory;

	private final TenantTime time;

	TrailingExitRate(EmployeeDirectory directory, TenantTime time) {
		this.directory = directory;
		this.time = time;
	}

	@Override
	public Map<Slot, Integer> overNextYear(Set<Slot> slots) {
		LocalDate today = time.today();
		return expected(directory.employedBetween(today.minusYears(1), today), slots, today);
	}

	/** The expected exits of the slots from the employment records of the trailing year. */
	static Map<Slot, Integer> expected(List<Entry> entries, Set<Slot> slots, LocalDate today) {
		LocalDate yearAgo = today.minusYears(1);
		Map<Slot, Integer> start = Headcounts.count(entries, yearAgo);
		Map<Slot, Integer> now = Headcounts.count(entries, today);
		Map<Slot, Integer> exits = new HashMap<>();
		for (Entry entry : entries) {
			LocalDate left = entry.terminationDate();
			if (left != null && !left.isBefore(yearAgo) && left.isBefore(today) && entry.departmentId() != null) {
				exits.merge(new Slot(entry.departmentId(), entry.positionId()), 1, Integer::sum);
			}
		}
		Map<Slot, Integer> expected = new HashMap<>();
		for (Slot slot : slots) {
			int average2 = start.getOrDefault(slot, 0) + now.getOrDefault(slot, 0);
			if (average2 == 0) {
				continue;
			}
			// rate = exits / ((start + now) / 2), at most everybody
			BigDecimal rate = BigDecimal.valueOf(2L * exits.getOrDefault(slot, 0))
				.divide(BigDecimal.valueOf(average2), 6, RoundingMode.HALF_UP)
				.min(BigDecimal.ONE);
			expected.put(slot, rate.multiply(BigDecimal.valueOf(now.getOrDefault(slot, 0)))
				.setScale(0, RoundingMode.HALF_UP)
				.intValue());
		}
		return expected;
	}
}
