package io.renloop.attendance.internal.results;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Overtime minutes approved through the workflow, per employee and day. */
@Component
class ApprovedOvertime {

	private final JdbcTemplate jdbc;

	ApprovedOvertime(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, Map<LocalDate, Integer>> between(String tenantId, Collection<UUID> employeeIds, LocalDate from,
			LocalDate to) {
		Map<UUID, Map<LocalDate, Integer>> approved = new HashMap<>();
		UUID[] ids = employeeIds.toArray(UUID[]::new);
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select employee_id, work_date, sum(minutes) from attendance.overtime_request
					 where tenant_id = ? and status = 'APPROVED' and employee_id = any(?) and work_date between ? and ?
					 group by employee_id, work_date""");
			statement.setString(1, tenantId);
			statement.setArray(2, con.createArrayOf("uuid", ids));
			statement.setDate(3, Date.valueOf(from));
			statement.setDate(4, Date.valueOf(to));
			return statement;
		}, rs -> {
			approved.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
				.put(rs.getDate(2).toLocalDate(), rs.getInt(3));
		});
		return approved;
	}
}
