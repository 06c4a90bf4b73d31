package io.renloop.integration.internal;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.shared.PageView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads every employee the current user may see, page by page, through the employee module's search.
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
		all().forEach(employee -> numbers.put(employee.employeeNo(), employee.id()));
		return numbers;
	}

	/** Every employee in the user's data scope, ordered by number. */
	List<EmployeeSummary> all() {
		List<EmployeeSummary> all = new ArrayList<>();
		int page = 0;
		PageView<EmployeeSummary> current;
		do {
			current = employees.search(new EmployeeQuery(null, null, null, page++, PAGE_SIZE));
			all.addAll(current.content());
		}
		while (page < current.page().totalPages());
		return all;
	}
}
