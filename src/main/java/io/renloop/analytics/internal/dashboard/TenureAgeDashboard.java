package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tenure and age bands of the people employed on the last day. Aggregate only: no point drills down to persons, and
 * an age band of fewer than {@value #SMALLEST_AGE_CELL} people shows no number, so that a small team's ages cannot
 * be read off the chart.
 */
@Component
class TenureAgeDashboard implements Dashboard {

	static final int SMALLEST_AGE_CELL = 3;

	static final List<String> TENURE = List.of("lt1", "1to3", "3to5", "5to10", "ge10");

	static final List<String> AGE = List.of("lt25", "25to34", "35to44", "45to54", "ge55", "unknown");

	private final Charts charts;

	TenureAgeDashboard(Charts charts) {
		this.charts = charts;
	}

	@Override
	public String name() {
		return "tenure-age";
	}

	/** Tenure and age bands in one pass over the people employed on the last day, bounds computed beforehand. */
	@Override
	public Figures figures(Period period) {
		LocalDate on = period.to();
		int year = on.getYear();
		List<Cell> bands = charts.cells("select department_id, case when hire_date > ? then 'lt1' when hire_date > ? "
				+ "then '1to3' when hire_date > ? then '3to5' when hire_date > ? then '5to10' else 'ge10' end || ' ' || "
				+ "case when birth_year is null then 'unknown' when birth_year > ? then 'lt25' when birth_year > ? "
				+ "then '25to34' when birth_year > ? then '35to44' when birth_year > ? then '45to54' else 'ge55' end, "
				+ "count(*) " + HeadcountDashboard.EMPLOYED_ON + " group by 1, 2", Date.valueOf(on.minusYears(1)),
				Date.valueOf(on.minusYears(3)), Date.valueOf(on.minusYears(5)), Date.valueOf(on.minusYears(10)),
				year - 25, year - 35, year - 45, year - 55, period.tenantId(), period.toDate(), period.toDate());
		List<Cell> tenure = bands.stream().map(c -> new Cell(c.departmentId(), c.x().split(" ")[0], c.value())).toList();
		List<Cell> age = bands.stream().map(c -> new Cell(c.departmentId(), c.x().split(" ")[1], c.value())).toList();
		Series ages = charts.byKey("age", period, age, AGE,
				band -> charts.text("analytics.band.age." + band), false);
		return new Figures(List.of(
				charts.byKey("tenure", period, tenure, TENURE,
						band -> charts.text("analytics.band.tenure." + band), false),
				new Series(ages.key(), ages.label(), ages.points().stream().map(TenureAgeDashboard::suppressed).toList())));
	}

	private static Point suppressed(Point point) {
		int n = point.value().intValue();
		return n > 0 && n < SMALLEST_AGE_CELL ? new Point(point.x(), point.label(), null, null) : point;
	}

	/** Never per person. */
	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		return List.of();
	}
}
