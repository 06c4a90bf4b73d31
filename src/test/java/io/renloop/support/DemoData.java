package io.renloop.support;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the seeded demo tenants straight from the database, independently of the API under test: ids,
 * names and counts per tenant.
 */
public final class DemoData {

	public static final String DEMO = "demo";

	public static final String ACME = "acme";

	private final JdbcTemplate jdbc;

	public DemoData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public UUID departmentId(String tenant, String code) {
		return jdbc.queryForObject("select id from organization.department where tenant_id = ? and code = ?",
				UUID.class, tenant, code);
	}

	public UUID positionId(String tenant, String code) {
		return jdbc.queryForObject("select id from organization.position where tenant_id = ? and code = ?", UUID.class,
				tenant, code);
	}

	public UUID jobFamilyId(String tenant, String code) {
		return jdbc.queryForObject("select id from organization.job_family where tenant_id = ? and code = ?",
				UUID.class, tenant, code);
	}

	public UUID employeeId(String tenant, String employeeNo) {
		return jdbc.queryForObject("select id from employee.employee where tenant_id = ? and employee_no = ?",
				UUID.class, tenant, employeeNo);
	}

	public String employeeName(UUID employeeId) {
		return jdbc.queryForObject("select name from employee.employee where id = ?", String.class, employeeId);
	}

	/** The user account of a login. */
	public UUID userId(String email) {
		return jdbc.queryForObject("select id from platform.user_account where lower(email) = lower(?)", UUID.class,
				email);
	}

	/** The employee record a login is linked to. */
	public UUID employeeOfUser(String email) {
		return jdbc.queryForObject("select employee_id from platform.user_account where lower(email) = lower(?)",
				UUID.class, email);
	}

	/** Some employee of the tenant in the given department (not in a unit below it). */
	public UUID someEmployeeIn(String tenant, String departmentCode) {
		return jdbc.queryForObject("""
				select e.id from employee.employee e join organization.department d on d.id = e.department_id
				where e.tenant_id = ? and d.code = ? order by e.employee_no desc limit 1""", UUID.class, tenant,
				departmentCode);
	}

	/** Rows of a tenant in a table with a {@code tenant_id} column, e.g. {@code employee.employee}. */
	public long count(String table, String tenant) {
		Long count = jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Long.class, tenant);
		return count == null ? 0 : count;
	}

	/** Whether some row of the table has the value in the column: a read model that caught up with an event. */
	public boolean has(String table, String column, Object value) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + table + " where " + column
				+ "::text = ?)", Boolean.class, String.valueOf(value)));
	}

	public Set<String> ids(String table, String tenant) {
		List<String> ids = jdbc.queryForList("select id::text from " + table + " where tenant_id = ?", String.class,
				tenant);
		return new TreeSet<>(ids);
	}

	public String tenantOf(String table, Object id) {
		return jdbc.queryForObject("select tenant_id from " + table + " where id::text = ?", String.class,
				String.valueOf(id));
	}
}
