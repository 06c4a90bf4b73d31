package io.renloop.employee.internal;

import io.renloop.platform.EmployeeNumberLookup;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells platform's single sign-on which employee of a tenant has a number; plain SQL naming the tenant, since the
 * sign-in runs before anyone of the tenant is authenticated.
 */
@Component
class EmployeeNumbersForSignIn implements EmployeeNumberLookup {

	private final JdbcTemplate jdbc;

	EmployeeNumbersForSignIn(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UUID> employeeWithNumber(String tenantId, String employeeNumber) {
		return jdbc.queryForList("select id from employee.employee where tenant_id = ? and employee_no = ?", UUID.class,
				tenantId, employeeNumber).stream().findFirst();
	}
}
