package io.renloop.openplatform.internal;

import io.renloop.attendance.AttendancePeriodClosed;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.EmployeeLifecycleChanged;
import io.renloop.leave.LeaveApproved;
import io.renloop.offboarding.EmployeeLeft;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.openplatform.internal.EventPayloads.Payload;
import io.renloop.payroll.PayrollPublished;
import io.renloop.platform.TenantTransactions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Feeds the webhooks from the durable domain events of the modules below (ADR 0018): each listener runs as the
 * event's tenant and queues one delivery per subscription ({@link WebhookOutbox}; a repeated event adds none), with
 * the data of {@link EventPayloads}.
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
		feed(EventPayloads.of(hired));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLifecycleChanged changed) {
		feed(EventPayloads.of(changed));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EmployeeLeft left) {
		feed(EventPayloads.of(left));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(LeaveApproved approved) {
		feed(EventPayloads.of(approved));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AttendancePeriodClosed closed) {
		feed(EventPayloads.of(closed));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PayrollPublished published) {
		feed(EventPayloads.of(published));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferAccepted accepted) {
		feed(EventPayloads.of(accepted));
	}

	private void feed(Payload payload) {
		inTenant.run(payload.tenantId(),
				() -> outbox.enqueue(payload.tenantId(), payload.type(), payload.occurredAt(), payload.data()));
	}
}
