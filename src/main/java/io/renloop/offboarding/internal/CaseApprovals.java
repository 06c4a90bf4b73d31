package io.renloop.offboarding.internal;

import io.renloop.offboarding.CaseStatus;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import io.renloop.workflow.ApprovalDecided;
import io.renloop.workflow.ApprovalRequest;
import io.renloop.workflow.ApprovalRequests;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Starts the approval of a case (subject {@code offboarding}: the leaver's manager, then HR, unless the tenant chose
 * another chain) and ends it: APPROVED makes the checklist; REJECTED and RETURNED record the approver's comment.
 * Idempotent: a case no longer pending approval is left alone.
 */
@Component
class CaseApprovals {

	static final String SUBJECT_TYPE = "offboarding";

	private final ApprovalRequests requests;

	private final OffboardingCaseRepository cases;

	private final LeavingChecklists checklists;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	CaseApprovals(ApprovalRequests requests, OffboardingCaseRepository cases, LeavingChecklists checklists, AuditTrail audit,
			TenantTransactions inTenant) {
		this.requests = requests;
		this.cases = cases;
		this.checklists = checklists;
		this.audit = audit;
		this.inTenant = inTenant;
	}

	void start(OffboardingCase offboarding) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("kind", offboarding.kind().name());
		if (offboarding.legalGround() != null) {
			attributes.put("legalGround", offboarding.legalGround().name());
		}
		attributes.put("lastDay", offboarding.lastDay().toString());
		requests.start(new ApprovalRequest(SUBJECT_TYPE, offboarding.id(),
				"离职 Leaving · " + offboarding.employeeName() + " · " + offboarding.lastDay(), offboarding.departmentId(),
				offboarding.employeeId(), null, attributes));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!SUBJECT_TYPE.equals(decided.subjectType())) {
			return;
		}
		inTenant.run(decided.tenantId(), () -> cases.findById(decided.subjectId())
			.filter(offboarding -> offboarding.status() == CaseStatus.PENDING_APPROVAL)
			.ifPresent(offboarding -> apply(offboarding, decided)));
	}

	private void apply(OffboardingCase offboarding, ApprovalDecided decided) {
		Map<String, Object> before = CaseSnapshots.of(offboarding);
		switch (decided.outcome()) {
			case APPROVED -> {
				offboarding.approve();
				checklists.instantiate(offboarding);
			}
			case REJECTED -> offboarding.disapprove(CaseStatus.REJECTED, decided.comment());
			case RETURNED -> offboarding.disapprove(CaseStatus.RETURNED, decided.comment());
		}
		cases.save(offboarding);
		audit.recordChange("APPROVAL_" + decided.outcome(), DefaultOffboardingCases.ENTITY, offboarding.id(), before,
				CaseSnapshots.of(offboarding));
	}
}
