package io.renloop.attendance.internal.results;

import io.renloop.attendance.ClockCorrections;
import io.renloop.employee.EmployeeDetails;
import io.renloop.attendance.ShiftSwaps;
import io.renloop.attendance.internal.Requesters;
import io.renloop.attendance.internal.Statuses;
import io.renloop.attendance.internal.VisibleStaff;
import io.renloop.employee.Employees;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections live next to the results because their rules are the results' own: the tenant's monthly limit and
 * the closed months.
 */
@Service
@Transactional
class DefaultClockCorrections implements ClockCorrections {

	private final JdbcTemplate jdbc;

	private final Employees employees;

	private final ApprovalRequests approvals;

	private final AuditTrail audit;

	private final TenantTime time;

	private final TimeClockSettings settings;

	private final PeriodStates periods;

	private final VisibleStaff visible;

	DefaultClockCorrections(JdbcTemplate jdbc, Employees employees, ApprovalRequests approvals, AuditTrail audit,
			TenantTime time, TimeClockSettings settings, PeriodStates periods, VisibleStaff visible) {
		this.visible = visible;
		this.jdbc = jdbc;
		this.employees = employees;
		this.approvals = approvals;
		this.audit = audit;
		this.time = time;
		this.settings = settings;
		this.periods = periods;
	}

	@Override
	public CorrectionView request(AskCorrection command) {
		UUID employeeId = Requesters.employeeOrSelf(command.employeeId());
		EmployeeDetails employee = employees.get(employeeId); // not found outside the caller's data scope
		String tenantId = TenantContext.require();
		Instant at = command.at().toInstant();
		Instant now = time.clock().instant();
		if (at.isAfter(now)) {
			throw new BusinessRuleException(400, "timeclock.correction.future");
		}
		String period = YearMonth.from(at.atZone(time.zone(tenantId))).toString();
		if (periods.closed(tenantId, period)) {
			throw new BusinessRuleException("timeclock.correction.closed", period);
		}
		// one employee's requests one at a time, so two at once cannot both slip under the limit
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", tenantId + ":correction:" + employeeId);
		int limit = settings.rules(tenantId).on(YearMonth.parse(period).atDay(1)).correctionMonthlyLimit();
		Integer asked = jdbc.queryForObject("""
				select count(*) from attendance.clock_correction
				 where tenant_id = ? and employee_id = ? and period = ? and status <> 'REJECTED'""", Integer.class,
				tenantId, employeeId, period);
		if (asked != null && asked >= limit) {
			throw new BusinessRuleException(422, "timeclock.correction.limit", limit, period);
		}
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into attendance.clock_correction (id, tenant_id, employee_id, at, period, reason, status, created_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', ?)""", id, tenantId, employeeId, Timestamp.from(at), period,
				command.reason(), Timestamp.from(now));
		approvals.start(new ApprovalRequest(SUBJECT_TYPE, id, "Clock correction · " + employee.name() + " · "
				+ command.at(), employee.departmentId(), employeeId, null, Map.of("at", command.at().toString())));
		CorrectionView view = new CorrectionView(id, employeeId, at, command.reason(), "PENDING");
		audit.recordChange("CREATE", "ClockCorrection", id, null, view);
		return view;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CorrectionView> of(UUID employeeId) {
		employees.get(employeeId); // not found outside the caller's data scope
		return query(null, new UUID[] { employeeId });
	}

	@Override
	@Transactional(readOnly = true)
	public List<CorrectionView> list(String status) {
		return query(Statuses.checked(status, "PENDING", "APPROVED", "REJECTED"), visible.asArray());
	}

	/** The newest corrections with the status (null: any) of the employees (null: everybody). */
	private List<CorrectionView> query(String status, UUID[] employeeIds) {
		String tenantId = TenantContext.require();
		return jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select id, employee_id, at, reason, status from attendance.clock_correction
					 where tenant_id = ? and (?::varchar is null or status = ?)
					   and (?::uuid[] is null or employee_id = any(?::uuid[])) order by at desc limit ?""");
			java.sql.Array ids = employeeIds == null ? null : con.createArrayOf("uuid", employeeIds);
			statement.setString(1, tenantId);
			statement.setString(2, status);
			statement.setString(3, status);
			statement.setArray(4, ids);
			statement.setArray(5, ids);
			statement.setInt(6, ShiftSwaps.LIST_LIMIT);
			return statement;
		}, (rs, n) -> new CorrectionView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)));
	}
}
