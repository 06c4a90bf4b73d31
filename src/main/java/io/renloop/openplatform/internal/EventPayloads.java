package io.renloop.openplatform.internal;

import static io.renloop.openplatform.WebhookEventType.*;

import io.renloop.attendance.AttendancePeriodClosed;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.leave.LeaveApproved;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.openplatform.WebhookEventType;
import io.renloop.payroll.PayrollPublished;
import java.time.Instant;
import java.util.Map;

/**
 * What a webhook says about each domain event: its type, when it happened (null: when it arrived) and its data, ids
 * and the facts the event announces, never a person's pay. The salary of an accepted offer, the amounts of a payroll
 * run and the confidential reasons and legal ground of a leaver stay out.
 */
final class EventPayloads {

	/** One event as a webhook body carries it. */
	record Payload(String tenantId, WebhookEventType type, Instant occurredAt, Map<String, Object> data) {
	}

	private EventPayloads() {
	}

	static Payload of(EmployeeHired hired) {
		return new Payload(hired.tenantId(), EMPLOYEE_HIRED, null, EventData.of("employeeId", hired.employeeId(),
				"employeeNo", hired.employeeNo(), "departmentId", hired.departmentId(), "positionId",
				hired.positionId(), "hireDate", hired.hireDate()));
	}

	static Payload of(EmployeeLifecycleChanged changed) {
		return new Payload(changed.tenantId(), EMPLOYEE_CHANGED, null, EventData.of("employeeId",
				changed.employeeId(), "change", changed.change(), "effectiveDate", changed.effectiveDate(),
				"departmentId", changed.departmentId(), "positionId", changed.positionId()));
	}

	static Payload of(EmployeeLeft left) {
		return new Payload(left.tenantId(), EMPLOYEE_LEFT, null, EventData.of("employeeId", left.employeeId(),
				"caseId", left.caseId(), "lastDay", left.lastDay(), "kind", left.kind(), "cause", left.cause()));
	}

	static Payload of(LeaveApproved approved) {
		return new Payload(approved.tenantId(), LEAVE_APPROVED, null, EventData.of("requestId", approved.requestId(),
				"employeeId", approved.employeeId(), "type", approved.type(), "start", approved.start(), "end",
				approved.end(), "days", approved.days(), "paid", approved.paid()));
	}

	static Payload of(AttendancePeriodClosed closed) {
		return new Payload(closed.tenantId(), ATTENDANCE_PERIOD_CLOSED, closed.closedAt(),
				EventData.of("period", closed.period(), "employees", closed.employees()));
	}

	static Payload of(PayrollPublished published) {
		return new Payload(published.tenantId(), PAYROLL_PUBLISHED, published.publishedAt(), EventData.of("runId",
				published.runId(), "period", published.period(), "payGroupId", published.payGroupId(), "headcount",
				published.headcount()));
	}

	static Payload of(OfferAccepted accepted) {
		return new Payload(accepted.tenantId(), OFFER_ACCEPTED, accepted.acceptedAt(), EventData.of("offerId",
				accepted.offerId(), "applicationId", accepted.applicationId(), "candidateId", accepted.candidateId(),
				"requisitionId", accepted.requisitionId(), "departmentId", accepted.departmentId(), "positionId",
				accepted.positionId(), "startDate", accepted.startDate(), "probationMonths",
				accepted.probationMonths()));
	}
}
