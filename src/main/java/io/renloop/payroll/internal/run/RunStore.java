package io.renloop.payroll.internal.run;

import io.renloop.payroll.PayrollRunStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
				insert into payroll.payroll_run (id, tenant_id, period, pay_group_id, kind, status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", run.id(), tenantId, run.period(), run.payGroupId(), run.kind(),
				run.status().name(), createdBy, Timestamp.from(at));
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
				instant(rs.getTimestamp("calculated_at")), instant(rs.getTimestamp("published_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
