package io.renloop.leave.internal;

import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current tenant's leave policy; the defaults (national law, yearly accrual, up to 5 days carried over until the
 * end of March) until the tenant sets its own.
 */
@Component
class LeavePolicy {

	/** One tenant's settings. */
	record Settings(String province, boolean monthlyAccrual, BigDecimal carryOverMaxDays, int carryOverMonths) {

		/** The last day on which days carried over into the year may be taken. */
		LocalDate carryOverExpiry(int year) {
			return LocalDate.of(year, 1, 1).plusMonths(carryOverMonths).minusDays(1);
		}
	}

	static final Settings DEFAULTS = new Settings("CN", false, new BigDecimal("5"), 3);

	private final JdbcTemplate jdbc;

	LeavePolicy(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Settings current() {
		return jdbc.query("select province, accrual, carry_over_max_days, carry_over_months from leave.leave_policy"
				+ " where tenant_id = ?", rs -> rs.next() ? new Settings(rs.getString(1), "MONTHLY".equals(rs.getString(2)),
						rs.getBigDecimal(3), rs.getInt(4)) : DEFAULTS, TenantContext.require());
	}

	/** Sets the current tenant's policy (the demo's province, a tenant's settings page). */
	void set(Settings settings) {
		jdbc.update("""
				insert into leave.leave_policy (tenant_id, province, accrual, carry_over_max_days, carry_over_months)
				values (?, ?, ?, ?, ?) on conflict (tenant_id) do update set province = excluded.province,
				accrual = excluded.accrual, carry_over_max_days = excluded.carry_over_max_days,
				carry_over_months = excluded.carry_over_months""", TenantContext.require(), settings.province(),
				settings.monthlyAccrual() ? "MONTHLY" : "YEARLY", settings.carryOverMaxDays(),
				settings.carryOverMonths());
	}
}
