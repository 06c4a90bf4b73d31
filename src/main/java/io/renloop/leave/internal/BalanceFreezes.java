package io.renloop.leave.internal;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.TenantContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The leavers whose balances are frozen at their last day: nothing accrues after it, and no request or adjustment
 * changes the balances any more (the final settlement reads them as they stood on the last day).
 */
@Component
class BalanceFreezes {

	private final JdbcTemplate jdbc;

	BalanceFreezes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Freezes the employee's balances at the day; false when they were frozen before (a repeated delivery). */
	boolean freeze(UUID employeeId, LocalDate lastDay, Instant now) {
		return jdbc.update("insert into leave.balance_freeze (tenant_id, employee_id, last_day, frozen_at) "
				+ "values (?, ?, ?, ?) on conflict do nothing", TenantContext.require(), employeeId,
				Date.valueOf(lastDay), Timestamp.from(now)) == 1;
	}

	/** The last day the employee's balances are frozen at, if they are. */
	Optional<LocalDate> frozenOn(UUID employeeId) {
		return jdbc.queryForList("select last_day from leave.balance_freeze where tenant_id = ? and employee_id = ?",
				LocalDate.class, TenantContext.require(), employeeId).stream().findFirst();
	}

	/** Refuses any change to a frozen balance: a 409 naming the last day, in the reader's language. */
	void requireOpen(UUID employeeId) {
		frozenOn(employeeId).ifPresent(lastDay -> {
			throw new BusinessRuleException(409, "error.leave.frozen", lastDay);
		});
	}
}
