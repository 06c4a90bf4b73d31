package io.renloop.openplatform.internal;

import static io.renloop.openplatform.WebhookEventType.*;

import io.renloop.attendance.AttendancePeriodClosed;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.leave.LeaveApproved;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.payroll.PayrollPublished;
import io.renloop.platform.TenantTransactions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Feeds the webhooks from the durable domain events of the modules below (ADR 0018): each listener runs as the
 * event's tenant and queues one delivery per subscription ({@link WebhookOutbox}; a repeated event adds none). The
 * data carries ids and the facts the event announces, never a person's pay: the salary of an accepted offer, the
 * amounts of a payroll run and the confidential reasons of a leaver stay out.
 */
@Component
class DomainEventFeed {

	private final WebhookOutbox outbox;

	private final TenantTransactions inTenant;

	DomainEventFeed(WebhookOutbox outbox, TenantTransactions inTenant) {
		this.outbox = outbox;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeHired hired) {
		inTenant.run(hired.tenantId(), () -> outbox.enqueue(hired.tenantId(), EMPLOYEE_HIRED, null,
				EventData.of("employeeId", hired.employeeId(), "employeeNo", hired.employeeNo(), "departmentId",
						hired.departmentId(), "positionId", hired.positionId(), "hireDate", hired.hireDate())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		inTenant.run(changed.tenantId(), () -> outbox.enqueue(changed.tenantId(), EMPLOYEE_CHANGED, null,
				EventData.of("employeeId", changed.employeeId(), "change", changed.change(), "effectiveDate",
						changed.effectiveDate(), "departmentId", changed.departmentId(), "positionId",
						changed.positionId())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLeft left) {
		inTenant.run(left.tenantId(), () -> outbox.enqueue(left.tenantId(), EMPLOYEE_LEFT, null,
				EventData.of("employeeId", left.employeeId(), "caseId", left.caseId(), "lastDay", left.lastDay(),
						"kind", left.kind(), "cause", left.cause())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(LeaveApproved approved) {
		inTenant.run(approved.tenantId(), () -> outbox.enqueue(approved.tenantId(), LEAVE_APPROVED, null,
				EventData.of("requestId", approved.requestId(), "employeeId", approved.employeeId(), "type",
						approved.type(), "start", approved.start(), "end", approved.end(), "days", approved.days(),
						"paid", approved.paid())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AttendancePeriodClosed closed) {
		inTenant.run(closed.tenantId(), () -> outbox.enqueue(closed.tenantId(), ATTENDANCE_PERIOD_CLOSED,
				closed.closedAt(), EventData.of("period", closed.period(), "employees", closed.employees())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PayrollPublished published) {
		inTenant.run(published.tenantId(), () -> outbox.enqueue(published.tenantId(), PAYROLL_PUBLISHED,
				published.publishedAt(), EventData.of("runId", published.runId(), "period", published.period(),
						"payGroupId", published.payGroupId(), "headcount", published.headcount())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferAccepted accepted) {
		inTenant.run(accepted.tenantId(), () -> outbox.enqueue(accepted.tenantId(), OFFER_ACCEPTED,
				accepted.acceptedAt(), EventData.of("offerId", accepted.offerId(), "applicationId",
						accepted.applicationId(), "candidateId", accepted.candidateId(), "requisitionId",
						accepted.requisitionId(), "departmentId", accepted.departmentId(), "positionId",
						accepted.positionId(), "startDate", accepted.startDate(), "probationMonths",
						accepted.probationMonths())));
	}
}
