package io.renloop.attendance.internal.overtime;

import io.renloop.attendance.CompensatoryLeaveEarned;
import io.renloop.attendance.DayType;
import io.renloop.attendance.OvertimeRequests;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.WorkSchedules;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends overtime approvals: APPROVED makes the minutes count, REJECTED and RETURNED drop them. Idempotent: only a
 * PENDING request changes, so a redelivered decision does nothing. Approved overtime on the employee's rest day with
 * compensation LEAVE is announced as {@link CompensatoryLeaveEarned} (leave credits the days); on a working day or a
 * statutory holiday the law wants it paid (Labour Law art. 44), so nothing is announced.
 */
@Component
class OvertimeApprovals {

	private final JdbcTemplate jdbc;

	private final TenantTransactions inTenant;

	private final AuditTrail audit;

	private final WorkSchedules schedules;

	private final ApplicationEventPublisher events;

	OvertimeApprovals(JdbcTemplate jdbc, TenantTransactions inTenant, AuditTrail audit, WorkSchedules schedules,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.inTenant = inTenant;
		this.audit = audit;
		this.schedules = schedules;
		this.events = events;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!OvertimeRequests.SUBJECT_TYPE.equals(decided.subjectType())) {
			return;
		}
		String status = decided.outcome() == ApprovalOutcome.APPROVED ? "APPROVED" : "REJECTED";
		inTenant.run(decided.tenantId(), () -> {
			int changed = jdbc.update("""
					update attendance.overtime_request set status = ?
					 where id = ? and tenant_id = ? and status = 'PENDING'""", status, decided.subjectId(),
					decided.tenantId());
			if (changed == 1) {
				audit.recordChange("DECIDE", "OvertimeRequest", decided.subjectId(), Map.of("status", "PENDING"),
						Map.of("status", status));
				if ("APPROVED".equals(status)) {
					announceCompensatoryLeave(decided.tenantId(), decided.subjectId());
				}
			}
		});
	}

	/** In the decision's transaction, so the announcement is kept durably with the status change. */
	private void announceCompensatoryLeave(String tenantId, UUID requestId) {
		jdbc.query("""
				select employee_id, work_date, minutes from attendance.overtime_request
				 where id = ? and tenant_id = ? and compensation = 'LEAVE'""", rs -> {
			UUID employeeId = rs.getObject(1, UUID.class);
			LocalDate day = rs.getDate(2).toLocalDate();
			ScheduledDay planned = schedules.schedules(List.of(employeeId), day, day).get(employeeId).get(0);
			if (!planned.isWorking() && planned.dayType() != DayType.STATUTORY_HOLIDAY) {
				events.publishEvent(new CompensatoryLeaveEarned(tenantId, requestId, employeeId, day, rs.getInt(3)));
			}
		}, requestId, tenantId);
	}
}
