package io.renloop.payroll.internal.run;

import io.renloop.payroll.PayrollRunStatus;
import io.renloop.payroll.PayrollRuns;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalDecided;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends the approval of payroll runs: APPROVED locks the run for publishing; REJECTED and RETURNED send it back to
 * review, where payroll may calculate again. Idempotent: a run no longer submitted is left alone.
 */
@Component
class RunApprovals {

	private final RunStore runs;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	RunApprovals(RunStore runs, AuditTrail audit, TenantTransactions inTenant) {
		this.runs = runs;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!PayrollRuns.SUBJECT_TYPE.equals(decided.subjectType())) {
			return;
		}
		PayrollRunStatus to = switch (decided.outcome()) {
			case APPROVED -> PayrollRunStatus.APPROVED;
			case REJECTED, RETURNED -> PayrollRunStatus.CALCULATED;
		};
		inTenant.run(decided.tenantId(), () -> {
			if (runs.move(decided.tenantId(), decided.subjectId(), EnumSet.of(PayrollRunStatus.SUBMITTED), to)) {
				audit.recordChange("APPROVAL_" + decided.outcome(), "PayrollRun", decided.subjectId(),
						Map.of("status", PayrollRunStatus.SUBMITTED),
						Map.of("status", to, "comment", String.valueOf(decided.comment())));
			}
		});
	}
}
