package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
import io.renloop.analytics.DashboardView.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Overtime, anomalies (late, early leave, absent days) and absence by unit over the closed months of the period, the
 * overtime by month, and a warning for every unit with employee-months above the 36-hour monthly overtime limit of
 * Labour Law art. 41.
 */
@Component
class AttendanceDashboard implements Dashboard {

	private static final List<String> MEASURES = List.of("overtimeHours", "anomalies", "absentDays", "overLimit");

	private static final Map<String, String> ROWS = Map.of("overtimeHours", "overtime_hours > 0", "anomalies",
			"anomalies > 0", "absentDays", "absent_days > 0", "overLimit",
			"overtime_hours > " + ReadModelTables.MONTHLY_OVERTIME_LIMIT);

	private static final String IN_PERIOD = " where tenant_id = ? and month >= date_trunc('month', ?::date) "
			+ "and month <= ? ";

	private final Charts charts;

	AttendanceDashboard(Charts charts) {
		this.charts = charts;
	}

	@Override
	public String name() {
		return "attendance";
	}

	@Override
	public Figures figures(Period period) {
		Map<String, List<Cell>> cells = charts.measures(MEASURES, "select department_id, to_char(month, 'YYYY-MM'), "
				+ "sum(overtime_hours), sum(anomalies), sum(absent_days), sum(over_limit) "
				+ "from analytics.attendance_unit_month" + IN_PERIOD + "group by 1, 2", period.tenantId(),
				period.fromDate(), period.toDate());
		List<Series> series = new ArrayList<>();
		for (String measure : MEASURES) {
			series.add(charts.byUnit(measure, period, cells.get(measure), true));
		}
		series.add(charts.byMonth("overtimeByMonth", period, cells.get("overtimeHours"), false));
		List<Warning> warnings = new ArrayList<>();
		for (Point unit : series.get(3).points()) {
			if (((BigDecimal) unit.value()).signum() > 0) {
				warnings.add(new Warning("analytics.warning.overtimeLimit",
						charts.text("analytics.warning.overtimeLimit", unit.label(), unit.value(),
								ReadModelTables.MONTHLY_OVERTIME_LIMIT),
						unit.drill()));
			}
		}
		return new Figures(series, warnings);
	}

	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		if (!ROWS.containsKey(series)) {
			return List.of();
		}
		return charts.drilled(period, x, "select employee_id, department_id, to_char(month, 'YYYY-MM') "
				+ "|| ': ' || overtime_hours || ' h, ' || anomalies || ' / ' || absent_days from analytics.attendance_month"
				+ IN_PERIOD + "and " + ROWS.get(series),
				period.tenantId(), period.fromDate(), period.toDate());
	}
}
