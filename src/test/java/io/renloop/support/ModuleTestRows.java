package io.renloop.support;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows that a module test (one module started with what it depends on, no demo data) writes where a module it does
 * not start would have: a tenant of its own, so that tests never meet each other's data, and a bare employee
 * record as the employee module stores it. The tenant row goes again after the test ({@link #dropTenant()}): the
 * demo data is seeded only into a database without tenants, and the whole application may start after the module
 * test in the same database.
 */
public final class ModuleTestRows {

	private final JdbcTemplate jdbc;

	private final String tenantId;

	private ModuleTestRows(JdbcTemplate jdbc, String tenantId) {
		this.jdbc = jdbc;
		this.tenantId = tenantId;
	}

	/** A new tenant named after the module under test. */
	public static ModuleTestRows newTenant(JdbcTemplate jdbc, String module) {
		String tenantId = module + "-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into platform.tenant (id, name) values (?, ?)", tenantId, tenantId);
		return new ModuleTestRows(jdbc, tenantId);
	}

	/** Removes the tenant row (the module's own rows stay, under a tenant nobody can sign in to). */
	public void dropTenant() {
		jdbc.update("delete from platform.tenant where id = ?", tenantId);
	}

	public String tenantId() {
		return tenantId;
	}

	/** An active employee of the tenant in a department of the given id, hired on the date. */
	public UUID employee(String employeeNo, String name, UUID departmentId, LocalDate hireDate) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into employee.employee (id, tenant_id, employee_no, name, department_id, hire_date, status)
				values (?, ?, ?, ?, ?, ?, 'ACTIVE')""", id, tenantId, employeeNo, name, departmentId, hireDate);
		return id;
	}

	/** Ends the employee's employment on the day, as the employee module records a termination. */
	public void terminate(UUID employeeId, LocalDate lastDay) {
		jdbc.update("update employee.employee set status = 'TERMINATED', termination_date = ? where id = ?", lastDay,
				employeeId);
	}
}
