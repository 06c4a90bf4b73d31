package io.renloop.training.internal.catalogue;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.training.Enrolments;
import io.renloop.training.Enrolments.Status;
import io.renloop.workflow.ApprovalDecided;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends the approval of a paid enrolment: APPROVED takes a seat (or the waiting list), REJECTED and RETURNED reject
 * it. Idempotent: an enrolment no longer pending is left alone.
 */
@Component
class EnrolmentApprovals {

	private final EnrolmentStore enrolments;

	private final Enrolling enrolling;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	EnrolmentApprovals(EnrolmentStore enrolments, Enrolling enrolling, AuditTrail audit, TenantTransactions inTenant) {
		this.enrolments = enrolments;
		this.enrolling = enrolling;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!Enrolments.SUBJECT_TYPE.equals(decided.subjectType())) {
			return;
		}
		inTenant.run(decided.tenantId(), () -> enrolments.find(decided.subjectId())
			.filter(e -> e.status() == Status.PENDING_APPROVAL)
			.ifPresent(e -> {
				switch (decided.outcome()) {
					case APPROVED -> enrolling.approved(e);
					case REJECTED, RETURNED -> enrolments.status(e.id(), Status.REJECTED);
				}
				audit.recordChange("APPROVAL_" + decided.outcome(), "TrainingEnrolment", e.id(),
						Map.of("status", e.status()), enrolments.find(e.id()).map(x -> Map.of("status", x.status()))
							.orElse(null));
			}));
	}
}
