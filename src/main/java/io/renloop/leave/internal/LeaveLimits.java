package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDirectory.Employment;
import io.renloop.leave.LeaveBalanceView;
import io.renloop.leave.LeaveRuleView;
import io.renloop.leave.LeaveStatus;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a request may not exceed: the employment (no leave before the hire date or after the last day), the days
 * already held, the rule's days (per request, or per year for parental leave) and the balance. Checks run under a
 * per-employee transaction lock, so two racing requests see each other's days.
 */
@Component
class LeaveLimits {

	private final BalanceLedger ledger;

	private final LeaveRequestRepository requests;

	private final HeldDays held;

	private final JdbcTemplate jdbc;

	private final BalanceFreezes freezes;

	LeaveLimits(BalanceLedger ledger, LeaveRequestRepository requests, HeldDays held, JdbcTemplate jdbc,
			BalanceFreezes freezes) {
		this.ledger = ledger;
		this.requests = requests;
		this.held = held;
		this.jdbc = jdbc;
		this.freezes = freezes;
	}

	/**
	 * Leave falls within the employment: from the hire date to the last day, if there is one; once the employment
	 * has ended (the balances are frozen) no request is taken at all.
	 */
	void checkEmployment(Employment employee, LocalDate start, LocalDate end) {
		freezes.requireOpen(employee.id());
		if (start.isBefore(employee.hireDate())) {
			throw new BusinessRuleException(422, "error.leave.beforeHire", employee.hireDate());
		}
		if (employee.terminationDate() != null && end.isAfter(employee.terminationDate())) {
			throw new BusinessRuleException(422, "error.leave.afterTermination", employee.terminationDate());
		}
	}

	void check(Employment employee, LeaveCounting.Counted counted, LocalDate start, LocalDate end,
			LocalDate today) {
		if (counted.span().isEmpty()) {
			throw new BusinessRuleException(422, "error.leave.noWorkingDay");
		}
		lock(employee);
		List<HeldDays.Held> taken = held.between(List.of(employee.id()), start, end, false);
		List<LocalDate> clashes = counted.span().slots().stream()
			.filter(slot -> taken.stream().anyMatch(h -> h.day().equals(slot.date()) && h.half() == slot.half()))
			.map(LeaveSpan.Slot::date)
			.distinct()
			.toList();
		if (!clashes.isEmpty()) {
			throw new BusinessRuleException("error.leave.overlap", clashes.get(0));
		}
		BigDecimal days = counted.span().days();
		counted.cap().ifPresent(cap -> checkCap(employee, counted.type().code(), cap, days, start));
		if (counted.type().hasBalance()) {
			LeaveBalanceView balance = ledger.balance(employee, counted.type().code(), start.getYear(), today);
			if (days.compareTo(balance.remaining()) > 0) {
				throw new BusinessRuleException(422, "error.leave.balanceExceeded", days, balance.remaining());
			}
		}
	}

	private void checkCap(Employment employee, String type, LeaveRuleView cap, BigDecimal days, LocalDate start) {
		BigDecimal used = "YEAR".equals(cap.per()) ? requests.sumDays(employee.id(), type,
				EnumSet.of(LeaveStatus.PENDING, LeaveStatus.APPROVED), start.withDayOfYear(1),
				start.withDayOfYear(start.lengthOfYear())) : BigDecimal.ZERO;
		if (used.add(days).compareTo(BigDecimal.valueOf(cap.days())) > 0) {
			throw new BusinessRuleException(422, "error.leave.ruleExceeded", cap.days(), LeaveSpan.plain(used));
		}
	}

	/** Serialises the requests of one employee until the transaction ends. */
	private void lock(Employment employee) {
		jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 0))", Object.class,
				"leave:" + TenantContext.require() + ":" + employee.id());
	}
}
