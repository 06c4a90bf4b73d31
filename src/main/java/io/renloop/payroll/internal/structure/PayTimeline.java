package io.renloop.payroll.internal.structure;

import io.renloop.employee.EmployeeTimeline;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a new version of a pay structure on the employee's timeline as a {@code PAY_CHANGE} step: when, in which
 * pay group, from where and why — never the amounts, which the timeline's readers (managers among them) may not see.
 */
@Component
class PayTimeline {

	private final EmployeeTimeline timeline;

	PayTimeline(EmployeeTimeline timeline) {
		this.timeline = timeline;
	}

	void changed(StructureRow row, String payGroupCode) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("payGroup", payGroupCode);
		details.put("source", row.source());
		if (row.reason() != null) {
			details.put("reason", row.reason());
		}
		timeline.append(row.employeeId(), row.effectiveFrom(), "PAY_CHANGE", "payroll",
				row.reason() == null ? "" : row.reason(), details);
	}
}
