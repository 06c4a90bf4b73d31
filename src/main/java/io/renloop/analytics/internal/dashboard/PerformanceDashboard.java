package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
import io.renloop.platform.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The grade distribution by unit of the results published for cycles ending in the period: a series per grade, each
 * result in the unit the person was in when it was published (read from the summary by period end).
 */
@Component
class PerformanceDashboard implements Dashboard {

	private static final String IN_PERIOD = " where tenant_id = ? and period_end between ? and ? ";

	private final Charts charts;

	PerformanceDashboard(Charts charts) {
		this.charts = charts;
	}

	@Override
	public String name() {
		return "performance";
	}

	@Override
	public Set<Permission> needs() {
		return Set.of(Permission.PERFORMANCE_READ);
	}

	@Override
	public Figures figures(Period period) {
		List<Cell> cells = charts.cells("select department_id, grade, sum(results) from analytics.performance_unit_grade"
				+ IN_PERIOD + "group by 1, 2", period.tenantId(), period.fromDate(), period.toDate());
		List<String> grades = cells.stream().map(Cell::x).distinct().sorted().toList();
		List<Series> series = new ArrayList<>();
		for (String grade : grades) {
			Series byUnit = charts.byUnit("grade", period,
					cells.stream().filter(c -> c.x().equals(grade)).map(c -> new Cell(c.departmentId(), "unit", c.value())).toList(),
					false);
			series.add(new Series("grade:" + grade, grade, byUnit.points()
				.stream()
				.map(p -> new Point(p.x(), p.label(), p.value(), Charts.drill(period, "grade:" + grade, p.x())))
				.toList()));
		}
		return new Figures(series);
	}

	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		if (!series.startsWith("grade:")) {
			return List.of();
		}
		return charts.drilled(period, x, "select employee_id, department_id, grade || ' ' || score "
				+ "from analytics.performance_result" + IN_PERIOD + "and grade = ?",
				period.tenantId(), period.fromDate(), period.toDate(), series.substring("grade:".length()));
	}
}
