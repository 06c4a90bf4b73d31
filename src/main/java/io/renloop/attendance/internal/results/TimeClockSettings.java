package io.renloop.attendance.internal.results;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tenant's time clock rules, or the defaults when the tenant never changed them. */
@Component
class TimeClockSettings {

	private final JdbcTemplate jdbc;

	TimeClockSettings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	ClockRules rules(String tenantId) {
		return jdbc.query("""
				select grace_minutes, min_overtime_minutes, overtime_rule, correction_monthly_limit
				  from attendance.clock_setting where tenant_id = ?""",
				(rs, n) -> new ClockRules(rs.getInt(1), rs.getInt(2), "AUTOMATIC".equals(rs.getString(3)), rs.getInt(4)),
				tenantId).stream().findFirst().orElse(ClockRules.DEFAULTS);
	}
}
