package io.renloop.attendance.internal.overtime;

import io.renloop.attendance.OvertimeRequests;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends overtime approvals: APPROVED makes the minutes count, REJECTED and RETURNED drop them. Idempotent: only a
 * PENDING request changes, so a redelivered decision does nothing.
 */
@Component
class OvertimeApprovals {

	private final JdbcTemplate jdbc;

	private final TenantTransactions inTenant;

	private final AuditTrail audit;

	OvertimeApprovals(JdbcTemplate jdbc, TenantTransactions inTenant, AuditTrail audit) {
		this.jdbc = jdbc;
		this.inTenant = inTenant;
		this.audit = audit;
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
			}
		});
	}
}
