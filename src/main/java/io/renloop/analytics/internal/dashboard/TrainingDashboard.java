package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Training hours and completions by unit and by month (from the daily summary, each completion in the unit the person
 * was in when they completed), certificates that expired in the period, and certificate compliance by unit: the share
 * of the people employed on the last day without a certificate that expired on or before it.
 */
@Component
class TrainingDashboard implements Dashboard {

	private static final String DAYS = " from analytics.training_unit_day where tenant_id = ? and day between ? and ? ";

	private static final String COMPLETIONS = " from analytics.training_completion where tenant_id = ? "
			+ "and completed_on between ? and ? ";

	private static final String EXPIRED = " from analytics.certificate_expiry c where c.tenant_id = ? ";

	private static final List<String> MEASURES = List.of("trainingHours", "completions");

	private final Charts charts;

	TrainingDashboard(Charts charts) {
		this.charts = charts;
	}

	@Override
	public String name() {
		return "training";
	}

	@Override
	public Figures figures(Period period) {
		Object[] inPeriod = { period.tenantId(), period.fromDate(), period.toDate() };
		Map<String, List<Cell>> done = charts.measures(MEASURES, "select department_id, to_char(day, 'YYYY-MM'), "
				+ "sum(hours), sum(completions)" + DAYS + "group by 1, 2", inPeriod);
		Series hours = charts.byUnit("trainingHours", period, done.get("trainingHours"), true);
		Series completions = charts.byUnit("completions", period, done.get("completions"), true);
		Series byMonth = charts.byMonth("hoursByMonth", period, done.get("trainingHours"), false);
		Series expired = charts.byUnit("certificatesExpired", period, charts.cells("select c.department_id, 'unit', "
				+ "count(*)" + EXPIRED + "and c.expires_on between ? and ? group by 1", inPeriod), true);
		Series employed = charts.byUnit("headcount", period, charts.cells("select department_id, 'unit', count(*) "
				+ HeadcountDashboard.EMPLOYED_ON + " group by 1", period.tenantId(), period.toDate(), period.toDate()),
				false);
		Series lapsed = charts.byUnit("lapsed", period, charts.cells("select p.department_id, 'unit', "
				+ "count(distinct c.employee_id) from analytics.certificate_expiry c join analytics.person_fact p on "
				+ "p.tenant_id = c.tenant_id and p.employee_id = c.employee_id where c.tenant_id = ? "
				+ "and c.expires_on <= ? and (p.exit_date is null or p.exit_date >= ?) group by 1", period.tenantId(),
				period.toDate(), period.toDate()), false);
		Series compliance = charts.ratio("certificateCompliance", complement(lapsed, employed), employed);
		return new Figures(List.of(hours, completions, byMonth, expired, compliance));
	}

	/** employed − lapsed per unit, for the compliant share. */
	private static Series complement(Series lapsed, Series employed) {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < employed.points().size(); i++) {
			Point e = employed.points().get(i);
			points.add(new Point(e.x(), e.label(),
					((BigDecimal) e.value()).subtract((BigDecimal) lapsed.points().get(i).value()), null));
		}
		return new Series("compliant", "", points);
	}

	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		if ("certificatesExpired".equals(series)) {
			return charts.drilled(period, x, "select c.employee_id, c.department_id, c.certificate_type "
					+ "|| ' ' || to_char(c.expires_on, 'YYYY-MM-DD')" + EXPIRED + "and c.expires_on between ? and ?",
					period.tenantId(), period.fromDate(), period.toDate());
		}
		if (!MEASURES.contains(series)) {
			return List.of();
		}
		return charts.drilled(period, x, "select employee_id, department_id, to_char(completed_on, "
				+ "'YYYY-MM-DD') || ' ' || hours || ' h'" + COMPLETIONS,
				period.tenantId(), period.fromDate(), period.toDate());
	}
}
