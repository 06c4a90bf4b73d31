package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Series;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Training hours and completions by unit and by month, certificates that expired in the period, and certificate
 * compliance by unit: the share of the people employed on the last day without a certificate that expired on or
 * before it.
 */
@Component
class TrainingDashboard implements Dashboard {

	private static final String COMPLETIONS = " from analytics.training_completion t join analytics.person_fact p "
			+ "on p.tenant_id = t.tenant_id and p.employee_id = t.employee_id where t.tenant_id = ? "
			+ "and t.completed_on between ? and ? ";

	private static final String EXPIRED = " from analytics.certificate_expiry c join analytics.person_fact p "
			+ "on p.tenant_id = c.tenant_id and p.employee_id = c.employee_id where c.tenant_id = ? ";

	private static final Map<String, String> MEASURES = Map.of("trainingHours", "sum(t.hours)", "completions",
			"count(*)");

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
		Series hours = charts.byUnit("trainingHours", period,
				charts.cells("select p.department_id, 'unit', " + MEASURES.get("trainingHours") + COMPLETIONS
						+ "group by 1", inPeriod), true);
		Series completions = charts.byUnit("completions", period, charts.cells("select p.department_id, 'unit', "
				+ MEASURES.get("completions") + COMPLETIONS + "group by 1", inPeriod), true);
		Series byMonth = charts.byMonth("hoursByMonth", period, charts.cells("select p.department_id, "
				+ "to_char(t.completed_on, 'YYYY-MM'), sum(t.hours)" + COMPLETIONS + "group by 1, 2", inPeriod), false);
		Series expired = charts.byUnit("certificatesExpired", period, charts.cells("select p.department_id, 'unit', "
				+ "count(*)" + EXPIRED + "and c.expires_on between ? and ? group by 1", inPeriod), true);
		Series employed = charts.byUnit("headcount", period, charts.cells("select department_id, 'unit', count(*) "
				+ HeadcountDashboard.EMPLOYED_ON + " group by 1", period.tenantId(), period.toDate(), period.toDate()),
				false);
		Series lapsed = charts.byUnit("lapsed", period, charts.cells("select p.department_id, 'unit', "
				+ "count(distinct c.employee_id)" + EXPIRED + "and c.expires_on <= ? and (p.exit_date is null or "
				+ "p.exit_date >= ?) group by 1", period.tenantId(), period.toDate(), period.toDate()), false);
		Series compliance = charts.ratio("certificateCompliance", complement(lapsed, employed), employed);
		return new Figures(List.of(hours, completions, byMonth, expired, compliance));
	}

	/** employed − lapsed per unit, for the compliant share. */
	private static Series complement(Series lapsed, Series employed) {
		List<io.renloop.analytics.DashboardView.Point> points = new java.util.ArrayList<>();
		for (int i = 0; i < employed.points().size(); i++) {
			var e = employed.points().get(i);
			points.add(new io.renloop.analytics.DashboardView.Point(e.x(), e.label(),
					((java.math.BigDecimal) e.value()).subtract((java.math.BigDecimal) lapsed.points().get(i).value()),
					null));
		}
		return new Series("compliant", "", points);
	}

	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		if ("certificatesExpired".equals(series)) {
			return Charts.inUnit(period, x, charts.drilled("select c.employee_id, p.department_id, c.certificate_type "
					+ "|| ' ' || to_char(c.expires_on, 'YYYY-MM-DD')" + EXPIRED + "and c.expires_on between ? and ?",
					period.tenantId(), period.fromDate(), period.toDate()));
		}
		if (!MEASURES.containsKey(series)) {
			return List.of();
		}
		return Charts.inUnit(period, x, charts.drilled("select t.employee_id, p.department_id, to_char(t.completed_on, "
				+ "'YYYY-MM-DD') || ' ' || t.hours || ' h'" + COMPLETIONS, period.tenantId(), period.fromDate(),
				period.toDate()));
	}
}
