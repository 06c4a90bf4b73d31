package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardView.Point;
import io.renloop.analytics.DashboardView.Series;
import io.renloop.analytics.DashboardRow;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The hiring funnel by channel of the applications received in the period (each counted at every stage it ever
 * reached), conversion to hire, median days to hire, cost per hire where the channel charged, and offer acceptance by
 * month of the candidate's answer. Hires drill down to the employees they became.
 */
@Component
class HiringDashboard implements Dashboard {

	private static final List<String> STAGES = List.of("applications", "screened", "interviewed", "offers", "hires");

	/** The funnel from the daily summary: a count per stage reached (duplicates not), and what the channels charged. */
	private static final String FUNNEL = "select department_id, channel, sum(applications), sum(screened), "
			+ "sum(interviewed), sum(offers), sum(hires), sum(channel_cost) from analytics.application_unit_day "
			+ "where tenant_id = ? and day >= ? and day < ? group by 1, 2";

	/** The stages whose people are candidates, with the condition of their applications. */
	private static final Map<String, String> CANDIDATE_STAGES = Map.of("applications", "true", "screened",
			"screened_at is not null", "interviewed", "(ai_interview_at is not null or interviews_at is not null)",
			"offers", "offer_at is not null");

	private static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::name).toList();

	private static final String HIRED_PEOPLE = "select h.employee_id, p.department_id, %s "
			+ "from analytics.hire h join analytics.person_fact p on p.tenant_id = h.tenant_id "
			+ "and p.employee_id = h.employee_id ";

	private final Charts charts;

	private final Applications applications;

	HiringDashboard(Charts charts, Applications applications) {
		this.charts = charts;
		this.applications = applications;
	}

	@Override
	public String name() {
		return "hiring";
	}

	@Override
	public Figures figures(Period period) {
		List<String> measures = new ArrayList<>(STAGES);
		measures.add("channelCost");
		Map<String, List<Cell>> funnel = charts.measures(measures, FUNNEL, period.tenantId(), period.fromDate(),
				period.afterDate());
		List<Series> series = new ArrayList<>();
		for (String stage : STAGES) {
			series.add(charts.byKey(stage, period, funnel.get(stage), CHANNELS, this::channel, true));
		}
		series.add(charts.ratio("conversion", series.get(4), series.get(0)));
		series.add(daysToHire(period));
		series.add(costPerHire(period, funnel.get("channelCost"), series.get(4)));
		Series accepted = decisions(period, "offersAccepted", "accepted_at");
		Series declined = decisions(period, "offersDeclined", "declined_at");
		series.add(accepted);
		series.add(declined);
		series.add(charts.ratio("acceptanceRate", accepted, sum(accepted, declined)));
		return new Figures(series);
	}

	private Series daysToHire(Period period) {
		List<Cell> days = charts.cells("select department_id, channel, extract(epoch from hired_at - received_at) "
				+ "/ 86400 from analytics.application_fact where tenant_id = ? and received_at >= ? and received_at < ? "
				+ "and hired_at is not null", period.tenantId(), period.fromDate(), period.afterDate());
		Map<String, List<BigDecimal>> byChannel = days.stream()
			.filter(c -> period.units().counts(c.departmentId()))
			.collect(Collectors.groupingBy(Cell::x, Collectors.mapping(Cell::value, Collectors.toList())));
		List<Point> points = CHANNELS.stream()
			.map(c -> new Point(c, channel(c), median(byChannel.get(c)), null))
			.toList();
		return new Series("medianDaysToHire", charts.text("analytics.series.medianDaysToHire"), points);
	}

	private Series costPerHire(Period period, List<Cell> costs, Series hires) {
		Series cost = charts.byKey("channelCost", period, costs, CHANNELS, this::channel, false);
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < CHANNELS.size(); i++) {
			BigDecimal total = (BigDecimal) cost.points().get(i).value();
			BigDecimal hired = (BigDecimal) hires.points().get(i).value();
			BigDecimal value = hired.signum() == 0 || total.signum() == 0 ? null
					: total.divide(hired, 2, RoundingMode.HALF_UP);
			points.add(new Point(CHANNELS.get(i), channel(CHANNELS.get(i)), value, null));
		}
		return new Series("costPerHire", charts.text("analytics.series.costPerHire"), points);
	}

	private Series decisions(Period period, String key, String column) {
		List<Cell> cells = charts.cells("select department_id, to_char(" + column + ", 'YYYY-MM'), count(*) "
				+ "from analytics.offer_fact where tenant_id = ? and " + column + " >= ? and " + column + " < ? "
				+ "group by 1, 2", period.tenantId(), period.fromDate(), period.afterDate());
		return charts.byMonth(key, period, cells, "offersAccepted".equals(key));
	}

	private Series sum(Series a, Series b) {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < a.points().size(); i++) {
			Point p = a.points().get(i);
			points.add(new Point(p.x(), p.label(),
					((BigDecimal) p.value()).add((BigDecimal) b.points().get(i).value()), null));
		}
		return new Series("offersDecided", "", points);
	}

	private String channel(String code) {
		return charts.text("recruitment.channel." + code);
	}

	private static BigDecimal median(List<BigDecimal> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
		return median.setScale(1, RoundingMode.HALF_UP);
	}

	/**
	 * The candidates behind a funnel stage of a channel, their applications read from analytics' facts and named by
	 * recruitment; only for those who may read recruitment (candidates are not employees).
	 */
	@Override
	public List<DashboardRow> candidates(Period period, String series, String x) {
		if (!CANDIDATE_STAGES.containsKey(series)) {
			return null;
		}
		if (!CurrentUser.require().can(Permission.RECRUITMENT_READ)) {
			throw new AccessDeniedException("candidates behind a funnel figure");
		}
		Map<UUID, Received> received = new LinkedHashMap<>();
		charts.rows("select application_id, department_id, to_char(received_at, 'YYYY-MM-DD') || ' ' || stage "
				+ "from analytics.application_fact where tenant_id = ? and received_at >= ? and received_at < ? "
				+ "and not duplicate and channel = ? and " + CANDIDATE_STAGES.get(series)
				+ Charts.inDepartments(period, null) + " order by received_at limit ?",
				(id, unit, detail) -> received.put(id, new Received(unit, detail)), period.tenantId(),
				period.fromDate(), period.afterDate(), x, period.rows());
		Map<UUID, ApplicationSummary> named = applications.applications(received.keySet())
			.stream()
			.collect(Collectors.toMap(ApplicationSummary::id, a -> a));
		List<DashboardRow> rows = new ArrayList<>();
		received.forEach((id, application) -> {
			ApplicationSummary summary = named.get(id);
			if (summary != null) {
				rows.add(new DashboardRow(null, null, summary.candidateName(), application.departmentId(),
						period.units().name(application.departmentId()), null, null, application.detail(),
						summary.candidateId()));
			}
		});
		return rows;
	}

	/** An application behind a funnel figure: its unit and when it arrived at which stage. */
	private record Received(UUID departmentId, String detail) {
	}

	@Override
	public List<Drilled> drill(Period period, String series, String x) {
		if ("hires".equals(series) && CHANNELS.contains(x)) {
			return charts.drilled(period, x, String.format(HIRED_PEOPLE, "a.channel") + "join "
					+ "analytics.accepted_offer o on o.tenant_id = h.tenant_id and o.offer_id = h.offer_id join "
					+ "analytics.application_fact a on a.tenant_id = o.tenant_id and a.application_id = o.application_id "
					+ "where h.tenant_id = ? and a.channel = ? and a.received_at >= ? and a.received_at < ? "
					+ "and a.hired_at is not null", period.tenantId(), x, period.fromDate(), period.afterDate());
		}
		if ("offersAccepted".equals(series)) {
			YearMonth month = Charts.month(x);
			return charts.drilled(period, x, String.format(HIRED_PEOPLE,
					"to_char(f.accepted_at, 'YYYY-MM-DD')") + "join analytics.offer_fact f on f.tenant_id = h.tenant_id "
					+ "and f.offer_id = h.offer_id where h.tenant_id = ? and f.accepted_at >= ? and f.accepted_at < ?",
					period.tenantId(), Date.valueOf(month.atDay(1)), Date.valueOf(month.plusMonths(1).atDay(1)));
		}
		return List.of();
	}

}
