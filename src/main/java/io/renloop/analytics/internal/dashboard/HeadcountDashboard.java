package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
import io.renloop.organization.Organization;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Headcount on the last day by unit against the organization's headcount plan, and the month-end headcount over the
 * period (hires up to the month minus those who left before its last day).
 */
@Component
class HeadcountDashboard implements Dashboard {

	static final String EMPLOYED_ON = "from analytics.person_fact where tenant_id = ? and hire_date <= ? "
			+ "and (exit_date is null or exit_date >= ?)";

	private final Charts charts;

	private final Organization organization;

	HeadcountDashboard(Charts charts, Organization organization) {
		this.charts = charts;
		this.organization = organization;
	}

	@Override
	public String name() {
		return "headcount";
	}

	@Override
	public Figures figures(Period period) {
		List<Cell> employed = charts.cells("select department_id, 'unit', count(*) " + EMPLOYED_ON
				+ " group by department_id", period.tenantId(), period.toDate(), period.toDate());
		List<Cell> plan = organization.headcountPlan()
			.stream()
			.map(line -> new Cell(line.departmentId(), "unit", BigDecimal.valueOf(line.planned())))
			.toList();
		return new Figures(List.of(charts.byUnit("headcount", period, employed, true),
				charts.byUnit("plan", period, plan, false), trend(period)));
	}

	private Series trend(Period period) {
		List<Cell> hires = charts.cells("select department_id, to_char(hire_date, 'YYYY-MM'), count(*) "
				+ "from analytics.person_fact where tenant_id = ? and hire_date <= ? group by 1, 2",
				period.tenantId(), period.toDate());
		List<Cell> exits = charts.cells("select department_id, to_char(exit_date + 1, 'YYYY-MM'), count(*) "
				+ "from analytics.person_fact where tenant_id = ? and exit_date < ? group by 1, 2", period.tenantId(),
				period.toDate());
		List<Point> points = new ArrayList<>();
		for (String month : period.months()) {
			BigDecimal value = upTo(period, hires, month).subtract(upTo(period, exits, month));
			points.add(charts.point(period, "headcountTrend", month, month, value, true));
		}
		return new Series("headcountTrend", charts.text("analytics.series.headcountTrend"), points);
	}

	private static BigDecimal upTo(Period period, List<Cell> cells, String month) {
		return cells.stream()
			.filter(c -> period.units().counts(c.departmentId()) && c.x().compareTo(month) <= 0)
			.map(Cell::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		LocalDate on = period.to();
		if ("headcountTrend".equals(series)) {
			LocalDate monthEnd = Charts.month(x).atEndOfMonth();
			on = monthEnd.isBefore(on) ? monthEnd : on;
		}
		else if (!"headcount".equals(series)) {
			return List.of();
		}
		return Charts.inUnit(period, x, charts.drilled("select employee_id, department_id, to_char(hire_date, "
				+ "'YYYY-MM-DD') " + EMPLOYED_ON, period.tenantId(), Date.valueOf(on), Date.valueOf(on)));
	}
}
