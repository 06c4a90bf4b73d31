package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Series;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Hires and exits by month: voluntary, involuntary, unclassified (a termination without a case) and regretted. */
@Component
class TurnoverDashboard implements Dashboard {

	/** Each exit series and the condition of its rows. */
	private static final Map<String, String> EXITS = Map.of("exitsVoluntary", "exit_kind = 'VOLUNTARY'",
			"exitsInvoluntary", "exit_kind = 'INVOLUNTARY'", "exitsUnclassified", "exit_kind is null",
			"exitsRegretted", "regretted");

	private static final List<String> SERIES = List.of("exitsVoluntary", "exitsInvoluntary", "exitsUnclassified",
			"exitsRegretted");

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
		Map<String, List<Cell>> exits = charts.measures(SERIES, "select department_id, to_char(exit_date, 'YYYY-MM'), "
				+ SERIES.stream().map(series -> "count(*) filter (where " + EXITS.get(series) + ")")
					.collect(Collectors.joining(", "))
				+ " from analytics.person_fact where tenant_id = ? and exit_date between ? and ? group by 1, 2",
				period.tenantId(), period.fromDate(), period.toDate());
		List<Series> series = new ArrayList<>();
		series.add(charts.byMonth("hires", period, hires, true));
		SERIES.forEach(exit -> series.add(charts.byMonth(exit, period, exits.get(exit), true)));
		return new Figures(series);
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
