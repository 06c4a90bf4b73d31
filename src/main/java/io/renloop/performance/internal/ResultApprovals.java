package io.renloop.performance.internal;

import io.renloop.performance.CyclePhase;
import io.renloop.performance.PerformanceCycles;
import io.renloop.performance.ReviewStatus;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalOutcome;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends approvals of the module: a cycle's results (APPROVED allows publishing, anything else returns it to
 * calibration) and an employee's appeal (its outcome is recorded on the review; HR changes a grade after an upheld
 * appeal). Idempotent: a cycle no longer in approval, or an appeal already decided, is left alone.
 */
@Component
class ResultApprovals {

	private final CycleStore cycles;

	private final ReviewStore reviews;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	ResultApprovals(CycleStore cycles, ReviewStore reviews, AuditTrail audit, TenantTransactions inTenant) {
		this.cycles = cycles;
		this.reviews = reviews;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (PerformanceCycles.RESULT_SUBJECT.equals(decided.subjectType())) {
			CyclePhase to = decided.outcome() == ApprovalOutcome.APPROVED ? CyclePhase.APPROVED : CyclePhase.CALIBRATION;
			inTenant.run(decided.tenantId(), () -> {
				if (cycles.move(decided.tenantId(), decided.subjectId(), EnumSet.of(CyclePhase.APPROVAL), to)) {
					audit.recordChange("APPROVAL_" + decided.outcome(), "PerformanceCycle", decided.subjectId(),
							Map.of("phase", CyclePhase.APPROVAL), Map.of("phase", to));
				}
			});
		}
		else if (PerformanceCycles.APPEAL_SUBJECT.equals(decided.subjectType())) {
			String outcome = decided.outcome() == ApprovalOutcome.APPROVED ? "UPHELD" : "REJECTED";
			inTenant.run(decided.tenantId(), () -> reviews.byId(decided.tenantId(), decided.subjectId())
				.filter(review -> review.status() == ReviewStatus.APPEALED)
				.ifPresent(review -> {
					reviews.appeal(decided.tenantId(), review.id(), null, ReviewStatus.APPEAL_DECIDED, outcome);
					audit.recordChange("APPEAL_" + outcome, "PerformanceReview", review.id(),
							Map.of("appeal", "PENDING"), Map.of("appeal", outcome));
				}));
		}
	}
}
