package io.renloop.organization.internal;

import io.renloop.organization.OrgUnitNames;
import io.renloop.platform.TenantContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One statement with one array parameter per table, whatever the number of ids. */
@Component
class JdbcOrgUnitNames implements OrgUnitNames {

	private final JdbcTemplate jdbc;

	JdbcOrgUnitNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, String> namesOf(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		UUID[] wanted = ids.stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new);
		if (wanted.length == 0) {
			return names;
		}
		String tenant = TenantContext.require();
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select id, name from organization.department where tenant_id = ? and id = any(?)
					union all
					select id, name from organization.position where tenant_id = ? and id = any(?)""");
			var array = con.createArrayOf("uuid", wanted);
			statement.setString(1, tenant);
			statement.setArray(2, array);
			statement.setString(3, tenant);
			statement.setArray(4, array);
			return statement;
		}, rs -> {
			names.put(rs.getObject(1, UUID.class), rs.getString(2));
		});
		return names;
	}
}
