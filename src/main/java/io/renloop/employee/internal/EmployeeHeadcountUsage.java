package io.renloop.employee.internal;

import io.renloop.organization.HeadcountUsage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts the employees (not terminated) filling each department and position. */
@Component
class EmployeeHeadcountUsage implements HeadcountUsage {

	private final EmployeeRepository employees;

	EmployeeHeadcountUsage(EmployeeRepository employees) {
		this.employees = employees;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Slot, Long> filledSlots() {
		Map<Slot, Long> filled = new HashMap<>();
		for (Object[] row : employees.countActiveBySlot()) {
			filled.put(new Slot((UUID) row[0], (UUID) row[1]), (Long) row[2]);
		}
		return filled;
	}
}
