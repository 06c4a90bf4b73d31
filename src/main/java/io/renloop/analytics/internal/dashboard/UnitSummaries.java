package io.renloop.analytics.internal.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The summaries by unit of the facts too many to add up per request (migration V16_6): attendance by month, training
 * by day, performance grades by period end, the hiring funnel by day, hires and leavers by month. A slice is
 * recomputed from its facts after every write that touches it, in the writer's transaction and one writer at a time
 * per tenant, so it always equals the sum of its facts and a repeated event recomputes the same numbers; a rebuild
 * recomputes them all.
 */
@Component
public class UnitSummaries {

	private static final Summary ATTENDANCE = new Summary("attendance_unit_month", "month",
			"select tenant_id, month, department_id, count(*), sum(overtime_hours), sum(anomalies), sum(absent_days), "
					+ "count(*) filter (where overtime_hours > " + ReadModelTables.MONTHLY_OVERTIME_LIMIT + ") "
					+ "from analytics.attendance_month where tenant_id = ? %s group by 1, 2, 3",
			"and month = any(?)");

	private static final Summary TRAINING = new Summary("training_unit_day", "day",
			"select tenant_id, completed_on, department_id, count(*), sum(hours) from analytics.training_completion "
					+ "where tenant_id = ? %s group by 1, 2, 3",
			"and completed_on = any(?)");

	private static final Summary PERFORMANCE = new Summary("performance_unit_grade", "period_end",
			"select tenant_id, period_end, department_id, grade, count(*) from analytics.performance_result "
					+ "where tenant_id = ? %s group by 1, 2, 3, 4",
			"and period_end = any(?)");

	/** The range first keeps the index on received_at in use; the days then pick the slices. */
	private static final Summary APPLICATIONS = new Summary("application_unit_day", "day",
			"select tenant_id, received_at::date, department_id, channel, count(*) filter (where not duplicate), "
					+ "count(*) filter (where not duplicate and screened_at is not null), count(*) filter (where not "
					+ "duplicate and (ai_interview_at is not null or interviews_at is not null)), count(*) filter "
					+ "(where not duplicate and offer_at is not null), count(*) filter (where not duplicate and "
					+ "hired_at is not null), sum(channel_cost) from analytics.application_fact where tenant_id = ? %s "
					+ "group by 1, 2, 3, 4",
			"and received_at >= (select min(d) from unnest(?::date[]) d) and received_at < (select max(d) + 1 from "
					+ "unnest(?::date[]) d) and received_at::date = any(?)");

	private static final String PEOPLE_FLOWS = "select tenant_id, department_id, month, sum(hires), sum(leavers) "
			+ "from (select tenant_id, department_id, date_trunc('month', hire_date)::date as month, 1 as hires, "
			+ "0 as leavers from analytics.person_fact where tenant_id = ? union all select tenant_id, department_id, "
			+ "date_trunc('month', exit_date + 1)::date, 0, 1 from analytics.person_fact where tenant_id = ? "
			+ "and exit_date is not null) flows group by 1, 2, 3";

	/**
	 * The unit a person was in on a day, as an SQL expression with the parameters tenant, employee, day, tenant,
	 * employee.
	 */
	public static final String UNIT_ON = unitOn("?", "?", "?");

	private final JdbcTemplate jdbc;

	UnitSummaries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void attendance(String tenantId, Collection<YearMonth> months) {
		refresh(ATTENDANCE, tenantId, months.stream().map(m -> Date.valueOf(m.atDay(1))).toArray(Date[]::new));
	}

	void training(String tenantId, Collection<LocalDate> days) {
		refresh(TRAINING, tenantId, days.stream().map(Date::valueOf).toArray(Date[]::new));
	}

	/** The grade counts of the results of cycles ending on the days given. */
	public void performance(String tenantId, Collection<LocalDate> periodEnds) {
		refresh(PERFORMANCE, tenantId, periodEnds.stream().map(Date::valueOf).toArray(Date[]::new));
	}

	/** The funnel of the days the applications arrived on (in the database session's zone, as the dashboard reads). */
	void applications(String tenantId, Collection<UUID> applicationIds) {
		List<Date> days = jdbc.queryForList("select distinct received_at::date from analytics.application_fact "
				+ "where tenant_id = ? and application_id = any(?)", Date.class, tenantId,
				applicationIds.toArray(UUID[]::new));
		refresh(APPLICATIONS, tenantId, days.toArray(Date[]::new));
	}

	/** The days of a requisition's applications, whose unit is the requisition's. */
	void requisition(String tenantId, UUID requisitionId) {
		List<Date> days = jdbc.queryForList("select distinct received_at::date from analytics.application_fact "
				+ "where tenant_id = ? and requisition_id = ?", Date.class, tenantId, requisitionId);
		refresh(APPLICATIONS, tenantId, days.toArray(Date[]::new));
	}

	/** The unit and months the people's hires and exits count in now: read before and after changing them. */
	Set<PeopleSlice> peopleSlices(String tenantId, Collection<UUID> employeeIds) {
		UUID[] ids = employeeIds.toArray(UUID[]::new);
		return new HashSet<>(jdbc.query("select department_id, date_trunc('month', hire_date)::date "
				+ "from analytics.person_fact where tenant_id = ? and employee_id = any(?) union "
				+ "select department_id, date_trunc('month', exit_date + 1)::date from analytics.person_fact "
				+ "where tenant_id = ? and employee_id = any(?) and exit_date is not null",
				(rs, i) -> new PeopleSlice(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()), tenantId, ids,
				tenantId, ids));
	}

	/** Recounts the hires and leavers of the slices. */
	void people(String tenantId, Set<PeopleSlice> slices) {
		if (slices.isEmpty()) {
			return;
		}
		lock(tenantId, "people_unit_month");
		UUID[] units = slices.stream().map(PeopleSlice::departmentId).toArray(UUID[]::new);
		Date[] months = slices.stream().map(s -> Date.valueOf(s.month())).toArray(Date[]::new);
		jdbc.update("delete from analytics.people_unit_month s using unnest(?::uuid[], ?::date[]) k(d, m) "
				+ "where s.tenant_id = ? and s.department_id is not distinct from k.d and s.month = k.m", units, months,
				tenantId);
		jdbc.update("insert into analytics.people_unit_month select * from (select ?::varchar, k.d, k.m, "
				+ "(select count(*) from analytics.person_fact p where p.tenant_id = ? and p.department_id is not "
				+ "distinct from k.d and p.hire_date >= k.m and p.hire_date < (k.m + interval '1 month')::date) as h, "
				+ "(select count(*) from analytics.person_fact p where p.tenant_id = ? and p.department_id is not "
				+ "distinct from k.d and p.exit_date >= k.m - 1 and p.exit_date < (k.m + interval '1 month')::date - 1) "
				+ "as l from unnest(?::uuid[], ?::date[]) k(d, m)) counted where h > 0 or l > 0", tenantId, tenantId,
				tenantId, units, months);
	}

	/**
	 * The unit of a person on a day: the latest step naming a unit on or before the day, else the unit they were
	 * hired into. (Steps name the unit after them; the unit before the first step is the hire unit.)
	 */
	static String unitOn(String tenant, String employee, String day) {
		return "coalesce((select c.department_id from analytics.lifecycle_change c where c.tenant_id = " + tenant
				+ " and c.employee_id = " + employee + " and c.department_id is not null and c.effective_date <= " + day
				+ " order by c.effective_date desc, c.change_type limit 1), (select coalesce(p.hire_department_id, "
				+ "p.department_id) from analytics.person_fact p where p.tenant_id = " + tenant + " and p.employee_id = "
				+ employee + "))";
	}

	/**
	 * After the people's steps changed (a late or backdated transfer), moves each of their facts to the unit of its
	 * day where that differs, and recounts the slices the moved facts left and joined.
	 */
	void reassign(String tenantId, Collection<UUID> employeeIds) {
		UUID[] ids = employeeIds.toArray(UUID[]::new);
		attendance(tenantId, moved("attendance_month", "(f.month + interval '1 month' - interval '1 day')::date",
				"month", tenantId, ids).stream().map(d -> YearMonth.from(d.toLocalDate())).toList());
		training(tenantId, moved("training_completion", "f.completed_on", "completed_on", tenantId, ids).stream()
			.map(Date::toLocalDate)
			.toList());
		performance(tenantId, moved("performance_result", "f.period_end", "period_end", tenantId, ids).stream()
			.map(Date::toLocalDate)
			.toList());
		moved("certificate_expiry", "f.expires_on", "expires_on", tenantId, ids);
	}

	/** The slice keys of the facts whose unit changed. */
	private List<Date> moved(String table, String day, String key, String tenantId, UUID[] employeeIds) {
		return jdbc.queryForList("update analytics." + table + " t set department_id = u.unit from (select f.ctid as row, "
				+ unitOn("f.tenant_id", "f.employee_id", day) + " as unit from analytics." + table + " f where "
				+ "f.tenant_id = ? and f.employee_id = any(?)) u where t.ctid = u.row and t.department_id is distinct "
				+ "from u.unit returning t." + key, Date.class, tenantId, employeeIds)
			.stream()
			.distinct()
			.toList();
	}

	/** Every slice of the tenant, after a rebuild or a repair of the facts. */
	void all(String tenantId) {
		for (Summary summary : new Summary[] { ATTENDANCE, TRAINING, PERFORMANCE, APPLICATIONS }) {
			lock(tenantId, summary.table());
			jdbc.update("delete from analytics." + summary.table() + " where tenant_id = ?", tenantId);
			jdbc.update("insert into analytics." + summary.table() + " " + summary.select().formatted(""), tenantId);
		}
		lock(tenantId, "people_unit_month");
		jdbc.update("delete from analytics.people_unit_month where tenant_id = ?", tenantId);
		jdbc.update("insert into analytics.people_unit_month " + PEOPLE_FLOWS, tenantId, tenantId);
	}

	private void refresh(Summary summary, String tenantId, Date[] slices) {
		if (slices.length == 0) {
			return;
		}
		lock(tenantId, summary.table());
		jdbc.update("delete from analytics." + summary.table() + " where tenant_id = ? and " + summary.key()
				+ " = any(?)", tenantId, slices);
		Object[] arguments = new Object[1 + countParameters(summary.slice())];
		arguments[0] = tenantId;
		java.util.Arrays.fill(arguments, 1, arguments.length, slices);
		jdbc.update("insert into analytics." + summary.table() + " " + summary.select().formatted(summary.slice()),
				arguments);
	}

	/**
	 * One writer per tenant and summary until its transaction ends: two listeners refreshing the same slice at once
	 * would each delete what the other had not yet committed and both insert.
	 */
	private void lock(String tenantId, String table) {
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", tenantId + ":" + table);
	}

	private static int countParameters(String sql) {
		return (int) sql.chars().filter(c -> c == '?').count();
	}

	/** A summary table, its slice column, the query that sums its facts, and the condition picking the slices. */
	private record Summary(String table, String key, String select, String slice) {
	}

	/** Hires and leavers of a unit in a month. */
	record PeopleSlice(UUID departmentId, LocalDate month) {
	}
}
