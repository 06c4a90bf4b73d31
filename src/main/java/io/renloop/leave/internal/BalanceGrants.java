package io.renloop.leave.internal;

import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** HR's adjustments of balances, kept with their reason ({@code leave.balance_grant}); tenant explicit. */
@Component
class BalanceGrants {

	private final JdbcTemplate jdbc;

	BalanceGrants(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	UUID add(UUID employeeId, String type, int year, BigDecimal days, String kind, String reason, String by,
			Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into leave.balance_grant (id, tenant_id, employee_id, type_code, year, days, kind, reason,
				created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, TenantContext.require(), employeeId,
				type, year, days, kind, reason, by, Timestamp.from(now));
		return id;
	}

	/** The sums of an employee's grants by type for each year of the range, in one query. */
	Map<String, BigDecimal> sumsByTypeAndYear(UUID employeeId, int fromYear, int toYear) {
		Map<String, BigDecimal> sums = new HashMap<>();
		jdbc.query("select type_code, year, sum(days) from leave.balance_grant where tenant_id = ? and employee_id = ?"
				+ " and year between ? and ? group by type_code, year", rs -> {
					sums.put(key(rs.getString(1), rs.getInt(2)), rs.getBigDecimal(3));
				}, TenantContext.require(), employeeId, fromYear, toYear);
		return sums;
	}

	static String key(String type, int year) {
		return type + "/" + year;
	}

	boolean any(UUID employeeId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from leave.balance_grant"
				+ " where tenant_id = ? and employee_id = ?)", Boolean.class, TenantContext.require(), employeeId));
	}
}
