package io.renloop.employee.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code REHIRE} step of the timeline records: where the returning person starts, and the employment that
 * ended before (its hire date and last day), so that both employments stay readable on the one record.
 */
final class RehireFacts {

	private RehireFacts() {
	}

	static Map<String, Object> of(Employee rehired, Employee.PreviousEmployment previous) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("departmentId", String.valueOf(rehired.departmentId()));
		facts.put("positionId", String.valueOf(rehired.positionId()));
		facts.put("status", rehired.status().name());
		facts.put("previousHireDate", String.valueOf(previous.hireDate()));
		facts.put("previousLastDay", String.valueOf(previous.lastDay()));
		return facts;
	}
}
