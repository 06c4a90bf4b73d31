package io.renloop.attendance.internal.results;

import io.renloop.attendance.ClockCorrections;
import io.renloop.attendance.ClockSource;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTime;
import io.renloop.platform.TenantTransactions;
import java.sql.Timestamp;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends correction approvals: APPROVED turns the punch into a clock event (device {@code correction}, event id = the
 * correction id), REJECTED and RETURNED drop it. Idempotent twice over: only a PENDING correction changes, and the
 * clock event's key (tenant, device, event id) keeps a redelivered decision from inserting a second punch.
 */
@Component
class CorrectionApprovals {

	private final JdbcTemplate jdbc;

	private final TenantTransactions inTenant;

	private final AuditTrail audit;

	private final TenantTime time;

	CorrectionApprovals(JdbcTemplate jdbc, TenantTransactions inTenant, AuditTrail audit, TenantTime time) {
		this.jdbc = jdbc;
		this.inTenant = inTenant;
		this.audit = audit;
		this.time = time;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!ClockCorrections.SUBJECT_TYPE.equals(decided.subjectType())) {
			return;
		}
		String status = decided.outcome() == ApprovalOutcome.APPROVED ? "APPROVED" : "REJECTED";
		inTenant.run(decided.tenantId(), () -> {
			int changed = jdbc.update("""
					update attendance.clock_correction set status = ?
					 where id = ? and tenant_id = ? and status = 'PENDING'""", status, decided.subjectId(),
					decided.tenantId());
			if (changed == 0) {
				return;
			}
			if (status.equals("APPROVED")) {
				jdbc.update("""
						insert into attendance.clock_event (tenant_id, device_id, event_id, employee_id, at, source,
						       received_at)
						select tenant_id, ?, id::text, employee_id, at, ?, ? from attendance.clock_correction
						 where id = ? and tenant_id = ?
						on conflict do nothing""", ClockCorrections.DEVICE_ID, ClockSource.CORRECTION.name(),
						Timestamp.from(time.clock().instant()), decided.subjectId(), decided.tenantId());
			}
			audit.recordChange("DECIDE", "ClockCorrection", decided.subjectId(), Map.of("status", "PENDING"),
					Map.of("status", status));
		});
	}
}
