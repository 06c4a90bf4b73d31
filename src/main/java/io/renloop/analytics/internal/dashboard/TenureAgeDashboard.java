package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
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

	@Override
	public Figures figures(Period period) {
		List<Cell> tenure = charts.cells("select department_id, case when age(?, hire_date) < interval '1 year' "
				+ "then 'lt1' when age(?, hire_date) < interval '3 years' then '1to3' "
				+ "when age(?, hire_date) < interval '5 years' then '3to5' "
				+ "when age(?, hire_date) < interval '10 years' then '5to10' else 'ge10' end, count(*) "
				+ HeadcountDashboard.EMPLOYED_ON + " group by 1, 2", period.toDate(), period.toDate(),
				period.toDate(), period.toDate(), period.tenantId(), period.toDate(), period.toDate());
		int year = period.to().getYear();
		List<Cell> age = charts.cells("select department_id, case when birth_year is null then 'unknown' "
				+ "when ? - birth_year < 25 then 'lt25' when ? - birth_year < 35 then '25to34' "
				+ "when ? - birth_year < 45 then '35to44' when ? - birth_year < 55 then '45to54' else 'ge55' end, "
				+ "count(*) " + HeadcountDashboard.EMPLOYED_ON + " group by 1, 2", year, year, year, year,
				period.tenantId(), period.toDate(), period.toDate());
		Series ages = charts.byKey("age", period, age, AGE, band -> charts.text("analytics.band.age." + band), false);
		return new Figures(List.of(
				charts.byKey("tenure", period, tenure, TENURE, band -> charts.text("analytics.band.tenure." + band),
						false),
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
