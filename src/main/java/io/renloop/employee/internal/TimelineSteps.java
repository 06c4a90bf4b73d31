package io.renloop.employee.internal;

import io.renloop.employee.EmployeeTimeline;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the steps the employee record registers on its timeline. Synchronous on purpose: the step belongs to
 * the transaction that changed the record, so that a record never moves without its timeline entry.
 */
@Component
class TimelineSteps {

	private final EmployeeTimeline timeline;

	TimelineSteps(EmployeeTimeline timeline) {
		this.timeline = timeline;
	}

	@EventListener
	void on(EmployeeStep step) {
		timeline.append(step.employeeId(), step.occurredOn(), step.type(), "employee", step.summary(), step.facts());
	}
}
