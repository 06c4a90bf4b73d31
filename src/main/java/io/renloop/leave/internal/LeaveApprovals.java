package io.renloop.leave.internal;

import io.renloop.leave.LeaveApproved;
import io.renloop.leave.LeaveStatus;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.NoticeTopic;
import io.renloop.platform.TenantTransactions;
import io.renloop.platform.WorkNotice;
import io.renloop.platform.WorkNotices;
import io.renloop.workflow.ApprovalDecided;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Ends the approval of leave requests: APPROVED approves the request and announces {@link LeaveApproved} (payroll,
 * analytics); REJECTED and RETURNED reject it and release its days. Idempotent: a request no longer pending (decided
 * before, or cancelled while its approval ran) is left alone.
 */
@Component
class LeaveApprovals {

	private final LeaveRequestRepository requests;

	private final HeldDays held;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final TenantTransactions inTenant;

	private final WorkNotices notices;

	LeaveApprovals(LeaveRequestRepository requests, HeldDays held, ApplicationEventPublisher events, AuditTrail audit,
			Clock clock, TenantTransactions inTenant, WorkNotices notices) {
		this.requests = requests;
		this.held = held;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.inTenant = inTenant;
		this.notices = notices;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApprovalDecided decided) {
		if (!LeaveSubmission.SUBJECT_TYPE.equals(decided.subjectType())) {
			return;
		}
		inTenant.run(decided.tenantId(), () -> requests.findById(decided.subjectId())
			.filter(request -> request.status() == LeaveStatus.PENDING)
			.ifPresent(request -> apply(request, decided)));
	}

	private void apply(LeaveRequest request, ApprovalDecided decided) {
		LeaveStatus before = request.status();
		switch (decided.outcome()) {
			case APPROVED -> {
				request.approve(decided.comment(), clock.instant());
				List<java.time.LocalDate> dates = held.daysOf(request.id());
				events.publishEvent(new LeaveApproved(decided.tenantId(), request.id(), request.employeeId(),
						request.typeCode(), request.startDate(), request.endDate(), dates,
						LeaveSpan.plain(request.days()), request.paid()));
			}
			case REJECTED, RETURNED -> {
				request.reject(decided.comment(), clock.instant());
				held.releaseAll(request.id());
			}
		}
		requests.save(request);
		audit.recordChange("APPROVAL_" + decided.outcome(), "LeaveRequest", request.id(), Map.of("status", before),
				Map.of("status", request.status()));
		// the requester hears of the decision where they chose (WeCom, DingTalk, e-mail), in this transaction
		notices.send(WorkNotice.toEmployee(decided.tenantId(), request.employeeId(), NoticeTopic.LEAVE_DECIDED,
				"leave-decided:" + request.id(), "/me#me-requests", decided.outcome().name()));
	}
}
