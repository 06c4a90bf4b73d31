package io.renloop.analytics.internal.dashboard;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Hires and exits by month: voluntary, involuntary, unclassified (a termination without a case) and regretted. */
@Component
class TurnoverDashboard implements Dashboard {

	/** Each exit series and the condition of its rows. */
	private static final Map<String, String> EXITS = Map.of("exitsVoluntary", "exit_kind = 'VOLUNTARY'",
			"exitsInvoluntary", "exit_kind = 'INVOLUNTARY'", "exitsUnclassified", "exit_kind is null",
			"exitsRegretted", "regretted");

	private final Charts charts;

	TurnoverDashboard(Charts charts) {
		this.charts = charts;
	}

	@Override
	public String name() {
		return "turnover";
	}

	@Override
	public Figures figures(Period period) {
		List<Cell> hires = charts.cells("select department_id, to_char(hire_date, 'YYYY-MM'), count(*) "
				+ "from analytics.person_fact where tenant_id = ? and hire_date between ? and ? group by 1, 2",
				period.tenantId(), period.fromDate(), period.toDate());
		return new Figures(List.of(charts.byMonth("hires", period, hires, true), exits(period, "exitsVoluntary"),
				exits(period, "exitsInvoluntary"), exits(period, "exitsUnclassified"),
				exits(period, "exitsRegretted")));
	}

	private io.renloop.analytics.DashboardView.Series exits(Period period, String series) {
		List<Cell> cells = charts.cells("select department_id, to_char(exit_date, 'YYYY-MM'), count(*) "
				+ "from analytics.person_fact where tenant_id = ? and exit_date between ? and ? and "
				+ EXITS.get(series) + " group by 1, 2", period.tenantId(), period.fromDate(), period.toDate());
		return charts.byMonth(series, period, cells, true);
	}

	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		YearMonth month = Charts.month(x);
		Date first = Date.valueOf(month.atDay(1));
		Date last = Date.valueOf(month.atEndOfMonth());
		if ("hires".equals(series)) {
			return charts.drilled(period, x, "select employee_id, department_id, "
					+ "to_char(hire_date, 'YYYY-MM-DD') from analytics.person_fact where tenant_id = ? "
					+ "and hire_date between ? and ?", period.tenantId(), first, last);
		}
		if (!EXITS.containsKey(series)) {
			return List.of();
		}
		return charts.drilled(period, x, "select employee_id, department_id, "
				+ "to_char(exit_date, 'YYYY-MM-DD') || coalesce(' ' || exit_cause, '') || coalesce(' ' || reason_codes, '') "
				+ "from analytics.person_fact where tenant_id = ? and exit_date between ? and ? and " + EXITS.get(series),
				period.tenantId(), first, last);
	}
}
