package io.renloop.employee.internal;

import io.renloop.employee.EmployeeDepartments;
import io.renloop.platform.TenantContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultEmployeeDepartments implements EmployeeDepartments {

	/** Above this many ids, reading the whole tenant's pairs is cheaper than a huge IN list. */
	private static final int IN_LIST_LIMIT = 1_000;

	private final JdbcTemplate jdbc;

	DefaultEmployeeDepartments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static Object[] pair(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) };
	}

	@Override
	public Map<UUID, UUID> departmentsOf(Collection<UUID> employeeIds) {
		if (employeeIds.isEmpty()) {
			return Map.of();
		}
		Set<UUID> wanted = new HashSet<>(employeeIds);
		// plain JDBC: schedules ask this on every own-month request, and a JPA query would be translated anew
		List<Object[]> rows = wanted.size() <= IN_LIST_LIMIT
				? jdbc.query("select id, department_id from employee.employee where tenant_id = ? and id = any(?)",
						DefaultEmployeeDepartments::pair, TenantContext.require(), wanted.toArray(UUID[]::new))
				: jdbc.query("select id, department_id from employee.employee where tenant_id = ?",
						DefaultEmployeeDepartments::pair, TenantContext.require());
		Map<UUID, UUID> result = new HashMap<>(Math.min(rows.size(), wanted.size()) * 2);
		for (Object[] row : rows) {
			if (wanted.contains((UUID) row[0])) {
				result.put((UUID) row[0], (UUID) row[1]);
			}
		}
		return result;
	}
}
