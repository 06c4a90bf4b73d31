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
 * changes the balances any more (the final settlement reads them as they stood on the last day). A rehire lifts the
 * freeze: the balances count again from the new hire date.
 */
@Component
class BalanceFreezes {

	private final JdbcTemplate jdbc;

	BalanceFreezes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Freezes the employee's balances at the day; false when they are frozen already (a repeated delivery) or were
	 * lifted by a rehire after that day (the old termination delivered late). A freeze lifted before the day (the
	 * rehired employee leaves again) becomes the new one.
	 */
	boolean freeze(UUID employeeId, LocalDate lastDay, Instant now) {
		return jdbc.update("insert into leave.balance_freeze (tenant_id, employee_id, last_day, frozen_at) "
				+ "values (?, ?, ?, ?) on conflict (tenant_id, employee_id) do update set last_day = excluded.last_day, "
				+ "frozen_at = excluded.frozen_at, lifted_on = null where balance_freeze.lifted_on is not null "
				+ "and balance_freeze.lifted_on <= excluded.last_day", TenantContext.require(), employeeId,
				Date.valueOf(lastDay), Timestamp.from(now)) == 1;
	}

	/**
	 * Lifts the freeze of a rehired employee from the new hire date on; false when there is none before that day to
	 * lift (never frozen, or lifted already by a repeated delivery).
	 */
	boolean lift(UUID employeeId, LocalDate rehiredOn) {
		return jdbc.update("update leave.balance_freeze set lifted_on = ? where tenant_id = ? and employee_id = ? "
				+ "and lifted_on is null and last_day < ?", Date.valueOf(rehiredOn), TenantContext.require(),
				employeeId, Date.valueOf(rehiredOn)) == 1;
	}

	/** The last day the employee's balances are frozen at, if they are. */
	Optional<LocalDate> frozenOn(UUID employeeId) {
		return jdbc.queryForList("select last_day from leave.balance_freeze where tenant_id = ? and employee_id = ? "
				+ "and lifted_on is null", LocalDate.class, TenantContext.require(), employeeId).stream().findFirst();
	}

	/** Refuses any change to a frozen balance: a 409 naming the last day, in the reader's language. */
	void requireOpen(UUID employeeId) {
		frozenOn(employeeId).ifPresent(lastDay -> {
			throw new BusinessRuleException(409, "error.leave.frozen", lastDay);
		});
	}
}
