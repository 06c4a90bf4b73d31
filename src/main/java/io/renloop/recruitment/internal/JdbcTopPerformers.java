package io.renloop.recruitment.internal;

import io.renloop.platform.TenantContext;
import io.renloop.recruitment.TopPerformers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The top-performer table: one row per employee with their latest published grade. */
@Component
class JdbcTopPerformers implements TopPerformers {

	private final JdbcTemplate jdbc;

	JdbcTopPerformers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(String cycleName, Instant publishedAt, Map<UUID, String> grades, Set<String> topGrades) {
		String tenantId = TenantContext.require();
		List<Object[]> rows = new ArrayList<>();
		grades.forEach((employee, grade) -> rows.add(new Object[] { tenantId, employee, topGrades.contains(grade),
				grade, cycleName, Timestamp.from(publishedAt) }));
		jdbc.batchUpdate("""
				insert into recruitment.top_performer (tenant_id, employee_id, top, grade, cycle_name, recorded_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, employee_id) do update set top = excluded.top, grade = excluded.grade,
				 cycle_name = excluded.cycle_name, recorded_at = excluded.recorded_at
				 where recruitment.top_performer.recorded_at <= excluded.recorded_at""", rows);
	}

	/** Which of the employees are rated at all, and which of those are top performers, with the latest cycle. */
	Ratings of(Collection<UUID> employees) {
		List<UUID> rated = new ArrayList<>();
		List<UUID> top = new ArrayList<>();
		String[] cycle = new String[1];
		if (!employees.isEmpty()) {
			jdbc.query("""
					select employee_id, top, cycle_name from recruitment.top_performer where tenant_id = ?
					 and employee_id = any(?) order by recorded_at""", ps -> {
				ps.setString(1, TenantContext.require());
				ps.setArray(2, ps.getConnection().createArrayOf("uuid", employees.toArray()));
			}, rs -> {
				UUID id = rs.getObject(1, UUID.class);
				rated.add(id);
				if (rs.getBoolean(2)) {
					top.add(id);
				}
				cycle[0] = rs.getString(3);
			});
		}
		return new Ratings(rated, top, Optional.ofNullable(cycle[0]));
	}

	/** Ratings of a position's holders. */
	record Ratings(List<UUID> rated, List<UUID> top, Optional<String> latestCycle) {
	}
}
