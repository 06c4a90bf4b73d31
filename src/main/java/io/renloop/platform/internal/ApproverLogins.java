package io.renloop.platform.internal;

import io.renloop.platform.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The logins an approval chain resolves to when it starts: the holders of a role and the login of an employee. Plain
 * JDBC, because every leave, overtime or correction request reads them, and a JPA query is translated anew on each
 * execution while the tenant filter is enabled (Hibernate caches no plan then).
 */
@Component
class ApproverLogins {

	private final JdbcTemplate jdbc;

	ApproverLogins(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The tenant's logins holding the role, by e-mail. */
	List<UUID> holdersOf(String tenantId, Role role) {
		return jdbc.query("""
				select id, roles from platform.user_account
				 where tenant_id = ? and roles like ? order by email""", (rs, i) -> {
			boolean holds = Arrays.asList(rs.getString(2).split(",")).contains(role.name());
			return holds ? rs.getObject(1, UUID.class) : null;
		}, tenantId, "%" + role.name() + "%").stream().filter(id -> id != null).toList();
	}

	/** The login of the tenant's employee, if any (the first by e-mail when several are linked). */
	Optional<UUID> ofEmployee(String tenantId, UUID employeeId) {
		return jdbc.queryForList("""
				select id from platform.user_account where tenant_id = ? and employee_id = ? order by email limit 1""",
				UUID.class, tenantId, employeeId).stream().findFirst();
	}
}
