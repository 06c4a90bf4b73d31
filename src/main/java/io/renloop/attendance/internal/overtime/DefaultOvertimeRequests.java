package io.renloop.attendance.internal.overtime;

import io.renloop.attendance.OvertimeRequests;
import io.renloop.employee.EmployeeDetails;
import io.renloop.attendance.internal.Requesters;
import io.renloop.employee.Employees;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultOvertimeRequests implements OvertimeRequests {

	private final JdbcTemplate jdbc;

	private final Employees employees;

	private final ApprovalRequests approvals;

	private final AuditTrail audit;

	private final TenantTime time;

	DefaultOvertimeRequests(JdbcTemplate jdbc, Employees employees, ApprovalRequests approvals, AuditTrail audit,
			TenantTime time) {
		this.jdbc = jdbc;
		this.employees = employees;
		this.approvals = approvals;
		this.audit = audit;
		this.time = time;
	}

	@Override
	public OvertimeView request(AskOvertime command) {
		UUID employeeId = Requesters.employeeOrSelf(command.employeeId());
		EmployeeDetails employee = employees.get(employeeId); // not found outside the caller's data scope
		String compensation = command.compensation() == null ? "PAY" : command.compensation();
		if (!compensation.equals("PAY") && !compensation.equals("LEAVE")) {
			throw new BusinessRuleException(400, "timeclock.overtime.compensation");
		}
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into attendance.overtime_request (id, tenant_id, employee_id, work_date, minutes, compensation,
				       reason, status, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""", id,
				TenantContext.require(), employeeId, Date.valueOf(command.date()), command.minutes(), compensation,
				command.reason(), Timestamp.from(time.clock().instant()));
		approvals.start(new ApprovalRequest(SUBJECT_TYPE, id, "Overtime · " + employee.name() + " · " + command.date(),
				employee.departmentId(), employeeId, null, Map.of("date", command.date().toString(), "minutes",
						command.minutes(), "compensation", compensation)));
		OvertimeView view = new OvertimeView(id, employeeId, command.date(), command.minutes(), compensation,
				"PENDING");
		audit.recordChange("CREATE", "OvertimeRequest", id, null, view);
		return view;
	}
}
