package io.renloop.integration.internal;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.shared.PageView;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The employee numbers the current user may see, read page by page through the employee module's search.
 */
@Component
class EmployeeNumbers {

	private static final int PAGE_SIZE = 1000;

	private final Employees employees;

	EmployeeNumbers(Employees employees) {
		this.employees = employees;
	}

	/** Employee numbers in the user's data scope, with their ids. */
	Map<String, UUID> inScope() {
		Map<String, UUID> numbers = new HashMap<>();
		int page = 0;
		PageView<EmployeeSummary> current;
		do {
			current = employees.search(new EmployeeQuery(null, null, null, page++, PAGE_SIZE));
			current.content().forEach(employee -> numbers.put(employee.employeeNo(), employee.id()));
		}
		while (page < current.page().totalPages());
		return numbers;
	}
}
