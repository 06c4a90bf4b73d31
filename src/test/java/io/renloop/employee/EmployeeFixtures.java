package io.renloop.employee;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.ApiClient;
import io.renloop.support.TestUsers;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Employees for API tests, created by HR through the API under a unique number, hired on 2025-01-06 unless the
 * overrides say otherwise.
 */
final class EmployeeFixtures {

	private EmployeeFixtures() {
	}

	static ApiClient.Response hire(ApiClient hr, UUID departmentId, String name, Map<String, Object> overrides) {
		Map<String, Object> employee = new HashMap<>(Map.of("employeeNo", TestUsers.unique("EMP"), "name", name,
				"departmentId", departmentId, "hireDate", "2025-01-06"));
		employee.putAll(overrides);
		return hr.post("/api/v1/employees", employee);
	}

	/** @return the id of the new employee */
	static String hired(ApiClient hr, UUID departmentId, String name, Map<String, Object> overrides) {
		ApiClient.Response hired = hire(hr, departmentId, name, overrides);
		assertThat(hired.status()).as(hired.body()).isEqualTo(201);
		return hired.json().get("id").asString();
	}
}
