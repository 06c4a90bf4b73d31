package io.renloop.payroll.internal.run;

import io.renloop.payroll.PayrollRunStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The payroll runs table. Status changes are compare-and-set updates, so two requests racing on one run cannot both
 * move it.
 */
@Component
public class RunStore {

	private final JdbcTemplate jdbc;

	RunStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tenantId, RunRow run, String createdBy, Instant at) {
		jdbc.update("""
				insert into payroll.payroll_run (id, tenant_id, period, pay_group_id, kind, status, created_by, created_at,
				       corrects_run_id, target_period)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", run.id(), tenantId, run.period(), run.payGroupId(), run.kind(),
				run.status().name(), createdBy, Timestamp.from(at), run.correctsRunId(), run.targetPeriod());
	}

	public Optional<RunRow> find(String tenantId, UUID id) {
		return jdbc.query("select * from payroll.payroll_run where tenant_id = ? and id = ?", RunStore::row, tenantId,
				id).stream().findFirst();
	}

	List<RunRow> list(String tenantId) {
		return jdbc.query("select * from payroll.payroll_run where tenant_id = ? order by period desc, created_at desc",
				RunStore::row, tenantId);
	}

	/** The pay groups whose regular run of the month is approved or published: their inputs are final. */
	public java.util.Set<UUID> lockedGroups(String tenantId, String period) {
		return new java.util.HashSet<>(jdbc.queryForList("""
				select pay_group_id from payroll.payroll_run where tenant_id = ? and period = ? and kind = 'REGULAR'
				   and status in ('APPROVED', 'PUBLISHED')""", UUID.class, tenantId, period));
	}

	/** Whether a correction of the run is on its way (not yet published). */
	boolean correctionUnderway(String tenantId, UUID correctedRunId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from payroll.payroll_run where tenant_id = ? and corrects_run_id = ?
				                  and status <> 'PUBLISHED')""", Boolean.class, tenantId, correctedRunId));
	}

	/**
	 * The first month after {@code period} whose regular run of the pay group is not approved or published yet: the
	 * month that pays a correction's differences.
	 */
	String nextOpenPeriod(String tenantId, UUID payGroupId, String period) {
		Set<String> locked = new java.util.HashSet<>(jdbc.queryForList("""
				select period from payroll.payroll_run where tenant_id = ? and pay_group_id = ? and kind = 'REGULAR'
				   and status in ('APPROVED', 'PUBLISHED') and period > ?""", String.class, tenantId, payGroupId,
				period));
		YearMonth next = YearMonth.parse(period).plusMonths(1);
		while (locked.contains(next.toString())) {
			next = next.plusMonths(1);
		}
		return next.toString();
	}

	/** Moves a correction's differences to another month (the one it named was approved meanwhile). */
	void retarget(String tenantId, UUID id, String targetPeriod) {
		jdbc.update("update payroll.payroll_run set target_period = ? where tenant_id = ? and id = ?", targetPeriod,
				tenantId, id);
	}

	boolean calculating(String tenantId, String period) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from payroll.payroll_run where tenant_id = ? and period = ?
				                  and status = 'CALCULATING')""", Boolean.class, tenantId, period));
	}

	/** Moves the run from one of the given states to another; false when it was in none of them. */
	boolean move(String tenantId, UUID id, Set<PayrollRunStatus> from, PayrollRunStatus to) {
		return jdbc.update("""
				update payroll.payroll_run set status = ?, version = version + 1
				 where tenant_id = ? and id = ? and status = any (?)""", to.name(), tenantId, id,
				from.stream().map(Enum::name).toArray(String[]::new)) == 1;
	}

	void startCalculation(String tenantId, UUID id, UUID jobId) {
		jdbc.update("update payroll.payroll_run set job_id = ? where tenant_id = ? and id = ?", jobId, tenantId, id);
	}

	void calculated(String tenantId, UUID id, RunTotals totals, Instant at) {
		jdbc.update("""
				update payroll.payroll_run set status = 'CALCULATED', headcount = ?, gross = ?, net = ?, tax = ?,
				       employer_cost = ?, calculated_at = ?, version = version + 1
				 where tenant_id = ? and id = ? and status = 'CALCULATING'""", totals.headcount(), totals.gross(),
				totals.net(), totals.tax(), totals.employerCost(), Timestamp.from(at), tenantId, id);
	}

	void submitted(String tenantId, UUID id, UUID approvalId) {
		jdbc.update("update payroll.payroll_run set approval_id = ? where tenant_id = ? and id = ?", approvalId,
				tenantId, id);
	}

	void published(String tenantId, UUID id, Instant at) {
		jdbc.update("update payroll.payroll_run set published_at = ? where tenant_id = ? and id = ?",
				Timestamp.from(at), tenantId, id);
	}

	/** A run's head count and sums. */
	record RunTotals(int headcount, BigDecimal gross, BigDecimal net, BigDecimal tax, BigDecimal employerCost) {
	}

	private static RunRow row(ResultSet rs, int n) throws SQLException {
		return new RunRow(rs.getObject("id", UUID.class), rs.getString("period"),
				rs.getObject("pay_group_id", UUID.class), rs.getString("kind"),
				PayrollRunStatus.valueOf(rs.getString("status")), rs.getInt("headcount"), rs.getBigDecimal("gross"),
				rs.getBigDecimal("net"), rs.getBigDecimal("tax"), rs.getBigDecimal("employer_cost"),
				rs.getObject("job_id", UUID.class), rs.getObject("approval_id", UUID.class),
				instant(rs.getTimestamp("calculated_at")), instant(rs.getTimestamp("published_at")),
				rs.getObject("corrects_run_id", UUID.class), rs.getString("target_period"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
