package io.renloop.analytics.internal.workforce;

import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.platform.TenantTransactions;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Month-end headcount per department and position, kept for tracking plans against actuals. The job runs daily and
 * takes the previous month's snapshot of every tenant with a plan when it is missing, so a night the application was
 * down is caught up the next day; a snapshot once taken is never changed (primary key, insert if absent).
 */
@Component
class HeadcountSnapshots {

	private final JdbcTemplate jdbc;

	private final Headcounts headcounts;

	private final TenantTime time;

	private final TenantTransactions inTenant;

	HeadcountSnapshots(JdbcTemplate jdbc, Headcounts headcounts, TenantTime time, TenantTransactions inTenant) {
		this.jdbc = jdbc;
		this.headcounts = headcounts;
		this.time = time;
		this.inTenant = inTenant;
	}

	@Scheduled(cron = "${renloop.analytics.headcount-snapshot-cron:0 20 2 * * *}")
	@SchedulerLock(name = "analytics.headcount-snapshot")
	void snapshotLastMonthOfEveryTenant() {
		jdbc.queryForList("select distinct tenant_id from analytics.workforce_plan", String.class)
			.forEach(tenant -> inTenant.run(tenant, () -> snapshot(YearMonth.from(time.today()).minusMonths(1))));
	}

	/** Takes the current tenant's snapshot of the month unless it has one; returns the rows written. */
	int snapshot(YearMonth month) {
		String tenant = TenantContext.require();
		Date monthStart = Date.valueOf(month.atDay(1));
		Integer taken = jdbc.queryForObject(
				"select count(*) from analytics.headcount_snapshot where tenant_id = ? and month = ?", Integer.class,
				tenant, monthStart);
		if (taken != null && taken > 0) {
			return 0;
		}
		List<Object[]> rows = new ArrayList<>();
		headcounts.on(month.atEndOfMonth()).forEach((slot, count) -> rows.add(new Object[] { tenant, monthStart,
				slot.departmentId(), slot.positionId(), count }));
		jdbc.batchUpdate("""
				insert into analytics.headcount_snapshot (tenant_id, month, department_id, position_id, headcount)
				 values (?, ?, ?, ?, ?) on conflict do nothing""", rows);
		return rows.size();
	}

	/** The snapshots of the months between the two, both included, per month and slot. */
	Map<YearMonth, Map<Slot, Integer>> between(YearMonth from, YearMonth to) {
		Map<YearMonth, Map<Slot, Integer>> months = new HashMap<>();
		jdbc.query("""
				select month, department_id, position_id, headcount from analytics.headcount_snapshot
				 where tenant_id = ? and month between ? and ?""", rs -> {
			months.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()), m -> new HashMap<>())
				.put(new Slot(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)), rs.getInt(4));
		}, TenantContext.require(), Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)));
		return months;
	}
}
