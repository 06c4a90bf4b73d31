package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.WorkforcePlans.Line;
import io.renloop.analytics.WorkforcePlans.TrackedLine;
import io.renloop.analytics.WorkforcePlans.Tracking;
import io.renloop.platform.TenantTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A plan's months against actual headcount: planned rises evenly over the plan year from the line's current headcount
 * (when the plan was calculated) to its required headcount in December; actual is the month-end snapshot for months
 * past, today's headcount for the current month and unknown for months to come.
 */
@Component
class PlanTracking {

	private final HeadcountSnapshots snapshots;

	private final Headcounts headcounts;

	private final TenantTime time;

	PlanTracking(HeadcountSnapshots snapshots, Headcounts headcounts, TenantTime time) {
		this.snapshots = snapshots;
		this.headcounts = headcounts;
		this.time = time;
	}

	Tracking track(UUID planId, int year, List<Line> lines) {
		YearMonth first = YearMonth.of(year, 1);
		YearMonth thisMonth = YearMonth.from(time.today());
		Map<YearMonth, Map<Slot, Integer>> snapshotted = snapshots.between(first, first.plusMonths(11));
		Map<Slot, Integer> live = thisMonth.getYear() == year ? headcounts.on(time.today()) : Map.of();
		List<String> months = new ArrayList<>();
		List<TrackedLine> tracked = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(first.plusMonths(m - 1L).toString());
		}
		for (Line line : lines) {
			Slot slot = new Slot(line.departmentId(), line.positionId());
			List<Integer> planned = new ArrayList<>();
			List<Integer> actual = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				YearMonth month = first.plusMonths(m - 1L);
				planned.add(planned(line.current(), line.required(), m));
				actual.add(actual(month, thisMonth, snapshotted.get(month), live, slot));
			}
			tracked.add(new TrackedLine(line.departmentId(), line.departmentName(), line.positionId(),
					line.positionName(), line.current(), planned, actual));
		}
		return new Tracking(planId, year, months, total(tracked, TrackedLine::planned),
				total(tracked, TrackedLine::actual), tracked);
	}

	/** The planned headcount after {@code month} of twelve months, rounded half up. */
	static int planned(int start, int required, int month) {
		return BigDecimal.valueOf((long) (required - start) * month)
			.divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
			.intValue() + start;
	}

	private static Integer actual(YearMonth month, YearMonth thisMonth, Map<Slot, Integer> snapshot,
			Map<Slot, Integer> live, Slot slot) {
		if (month.equals(thisMonth)) {
			return live.getOrDefault(slot, 0);
		}
		if (month.isAfter(thisMonth) || snapshot == null) {
			return null;
		}
		return snapshot.getOrDefault(slot, 0);
	}

	private static List<Integer> total(List<TrackedLine> lines, Function<TrackedLine, List<Integer>> series) {
		List<Integer> totals = new ArrayList<>();
		for (int m = 0; m < 12; m++) {
			Integer sum = null;
			for (TrackedLine line : lines) {
				Integer value = series.apply(line).get(m);
				if (value != null) {
					sum = (sum == null ? 0 : sum) + value;
				}
			}
			totals.add(sum);
		}
		return totals;
	}
}
