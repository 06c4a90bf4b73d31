package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.leave.LeaveBalanceView;
import io.renloop.leave.LeaveStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One balance of one employee for one year. Annual leave: the statutory days (pro-rated for joiners and leavers),
 * accrued yearly or month by month as the tenant chose, plus the days carried over from last year (taken first, and
 * lost when the carry-over expires), plus HR's adjustments. Other types with a balance hold only adjustments. A
 * leaver's balances are computed as of the last day they are frozen at; a rehired employee's count from the new hire
 * date (the statutory days pro-rated from it, leave taken before it left out).
 */
@Component
class BalanceLedger {

	private static final Set<LeaveStatus> TAKEN = EnumSet.of(LeaveStatus.APPROVED);

	private static final Set<LeaveStatus> PENDING = EnumSet.of(LeaveStatus.PENDING);

	private final LeaveRequestRepository requests;

	private final BalanceGrants grants;

	private final LeavePolicy policy;

	private final BalanceFreezes freezes;

	BalanceLedger(LeaveRequestRepository requests, BalanceGrants grants, LeavePolicy policy, BalanceFreezes freezes) {
		this.requests = requests;
		this.grants = grants;
		this.policy = policy;
		this.freezes = freezes;
	}

	LeaveBalanceView balance(EmployeeDetails employee, String type, int year, LocalDate asOf) {
		LeavePolicy.Settings settings = policy.current();
		LocalDate frozenOn = freezes.frozenOn(employee.id()).orElse(null);
		// a leaver's balance stands as it was on the last day: nothing accrues, nothing expires after it
		LocalDate today = frozenOn != null && frozenOn.isBefore(asOf) ? frozenOn : asOf;
		BigDecimal taken = used(employee, type, year, TAKEN, LocalDate.of(year, 12, 31));
		BigDecimal pending = used(employee, type, year, PENDING, LocalDate.of(year, 12, 31));
		BigDecimal entitled = grants.sum(employee.id(), type, year);
		LocalDate expiresOn = LocalDate.of(year, 12, 31);
		if (BuiltInTypes.ANNUAL.equals(type)) {
			entitled = entitled.add(accrued(employee, year, today, settings));
			BigDecimal carried = carriedOver(employee, year, settings);
			LocalDate expiry = settings.carryOverExpiry(year);
			if (carried.signum() > 0) {
				BigDecimal usedOfCarried = used(employee, type, year, TAKEN, expiry).min(carried);
				if (today.isAfter(expiry)) {
					carried = usedOfCarried;
				}
				else if (usedOfCarried.compareTo(carried) < 0) {
					expiresOn = expiry;
				}
			}
			entitled = entitled.add(carried);
		}
		return new LeaveBalanceView(type, LeaveSpan.plain(entitled), LeaveSpan.plain(taken), LeaveSpan.plain(pending),
				LeaveSpan.plain(entitled.subtract(taken).subtract(pending)), expiresOn, frozenOn);
	}

	/** The statutory days of the year, all of them from January 1st or, accrued monthly, the months begun so far. */
	private BigDecimal accrued(EmployeeDetails employee, int year, LocalDate today, LeavePolicy.Settings settings) {
		int days = AnnualLeaveEntitlement.forYear(year, workStart(employee), employee.hireDate(),
				employee.terminationDate());
		if (!settings.monthlyAccrual() || year != today.getYear()) {
			return BigDecimal.valueOf(days);
		}
		// whole half days of the months begun: 5 days a year is 2.0 after five months, 2.5 after six
		return BigDecimal.valueOf(days * 2L * today.getMonthValue()).divide(BigDecimal.valueOf(12), 0, RoundingMode.DOWN)
			.divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
	}

	/** What was left of last year's annual leave, up to the tenant's maximum. */
	private BigDecimal carriedOver(EmployeeDetails employee, int year, LeavePolicy.Settings settings) {
		int last = year - 1;
		if (settings.carryOverMonths() <= 0 || employee.hireDate().getYear() > last) {
			return BigDecimal.ZERO;
		}
		BigDecimal entitled = BigDecimal.valueOf(AnnualLeaveEntitlement.forYear(last, workStart(employee),
				employee.hireDate(), employee.terminationDate()))
			.add(grants.sum(employee.id(), BuiltInTypes.ANNUAL, last));
		BigDecimal left = entitled.subtract(used(employee, BuiltInTypes.ANNUAL, last, TAKEN, LocalDate.of(last, 12, 31)));
		return left.max(BigDecimal.ZERO).min(settings.carryOverMaxDays());
	}

	/** 参加工作日期, or the hire date where the record has none: the years here are years of work at least. */
	private static LocalDate workStart(EmployeeDetails employee) {
		return employee.workStartDate() != null ? employee.workStartDate() : employee.hireDate();
	}

	/**
	 * The days of requests starting in the year up to {@code to}, from the hire date on: a rehired employee's leave
	 * of the earlier employment was settled when it ended and does not count against the new one.
	 */
	private BigDecimal used(EmployeeDetails employee, String type, int year, Set<LeaveStatus> statuses, LocalDate to) {
		LocalDate from = LocalDate.of(year, 1, 1);
		return requests.sumDays(employee.id(), type, statuses,
				employee.hireDate().isAfter(from) ? employee.hireDate() : from, to);
	}
}
