package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
import io.renloop.organization.Organization;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Headcount on the last day by unit against the organization's headcount plan, and the month-end headcount over the
 * period (hires up to the month minus those who left before its last day, from the monthly summary of hires and
 * leavers by the person's current unit).
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
				charts.byUnit("plan", period, plan, false), trend(period, employed)));
	}

	/**
	 * Month-ends from the hires and leavers summary (a running sum of every month up to each), the last point the
	 * headcount on the period's last day.
	 */
	private Series trend(Period period, List<Cell> employedOnLastDay) {
		List<Cell> flows = charts.cells("select department_id, to_char(month, 'YYYY-MM'), sum(hires) - sum(leavers) "
				+ "from analytics.people_unit_month where tenant_id = ? and month < date_trunc('month', ?::date) "
				+ "group by 1, 2", period.tenantId(), period.toDate());
		List<String> months = period.months();
		List<Point> points = new ArrayList<>();
		for (String month : months.subList(0, months.size() - 1)) {
			points.add(charts.point(period, "headcountTrend", month, month, upTo(period, flows, month), true));
		}
		String last = months.get(months.size() - 1);
		points.add(charts.point(period, "headcountTrend", last, last, sum(period, employedOnLastDay), true));
		return new Series("headcountTrend", charts.text("analytics.series.headcountTrend"), points);
	}

	private static BigDecimal upTo(Period period, List<Cell> cells, String month) {
		return sum(period, cells.stream().filter(c -> c.x().compareTo(month) <= 0).toList());
	}

	private static BigDecimal sum(Period period, List<Cell> cells) {
		return cells.stream()
			.filter(c -> period.units().counts(c.departmentId()))
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
		return charts.drilled(period, x, "select employee_id, department_id, to_char(hire_date, "
				+ "'YYYY-MM-DD') " + EMPLOYED_ON, period.tenantId(), Date.valueOf(on), Date.valueOf(on));
	}
}
