package io.renloop.leave.internal;

import io.renloop.employee.EmployeeDirectory.Employment;
import io.renloop.leave.LeaveBalanceView;
import io.renloop.leave.LeaveStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one employee's balances of a year are computed from: their requests starting in the year and the one before,
 * HR's grants by type and year, the tenant's policy and the day the balances froze (a leaver's last day, or null).
 */
record LeaveYearFacts(Employment employee, LeavePolicy.Settings settings, LocalDate frozenOn,
		List<RequestedDays> requested, Map<String, BigDecimal> granted) {

	LeaveBalanceView balance(String type, int year, LocalDate asOf) {
		// a leaver's balance stands as it was on the last day: nothing accrues, nothing expires after it
		LocalDate today = frozenOn != null && frozenOn.isBefore(asOf) ? frozenOn : asOf;
		BigDecimal taken = used(type, year, LeaveStatus.APPROVED, LocalDate.of(year, 12, 31));
		BigDecimal pending = used(type, year, LeaveStatus.PENDING, LocalDate.of(year, 12, 31));
		BigDecimal entitled = granted(type, year);
		LocalDate expiresOn = LocalDate.of(year, 12, 31);
		if (BuiltInTypes.ANNUAL.equals(type)) {
			entitled = entitled.add(accrued(year, today));
			BigDecimal carried = carriedOver(year);
			LocalDate expiry = settings.carryOverExpiry(year);
			if (carried.signum() > 0) {
				BigDecimal usedOfCarried = used(type, year, LeaveStatus.APPROVED, expiry).min(carried);
				if (today.isAfter(expiry)) {
					carried = usedOfCarried;
				}
				else if (usedOfCarried.compareTo(carried) < 0) {
					expiresOn = expiry;
				}
			}
			entitled = entitled.add(carried);
		}
		return new LeaveBalanceView(type, LeaveSpan.plain(entitled), LeaveSpan.plain(taken),
				LeaveSpan.plain(pending), LeaveSpan.plain(entitled.subtract(taken).subtract(pending)), expiresOn,
				frozenOn);
	}

	/** The statutory days of the year, all of them from January 1st or, accrued monthly, the months begun so far. */
	private BigDecimal accrued(int year, LocalDate today) {
		int days = AnnualLeaveEntitlement.forYear(year, workStart(), employee.hireDate(),
				employee.terminationDate());
		if (!settings.monthlyAccrual() || year != today.getYear()) {
			return BigDecimal.valueOf(days);
		}
		// whole half days of the months begun: 5 days a year is 2.0 after five months, 2.5 after six
		return BigDecimal.valueOf(days * 2L * today.getMonthValue())
			.divide(BigDecimal.valueOf(12), 0, RoundingMode.DOWN)
			.divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
	}

	/** What was left of last year's annual leave, up to the tenant's maximum. */
	private BigDecimal carriedOver(int year) {
		int last = year - 1;
		if (settings.carryOverMonths() <= 0 || employee.hireDate().getYear() > last) {
			return BigDecimal.ZERO;
		}
		BigDecimal entitled = BigDecimal.valueOf(AnnualLeaveEntitlement.forYear(last, workStart(),
				employee.hireDate(), employee.terminationDate()))
			.add(granted(BuiltInTypes.ANNUAL, last));
		BigDecimal left = entitled
			.subtract(used(BuiltInTypes.ANNUAL, last, LeaveStatus.APPROVED, LocalDate.of(last, 12, 31)));
		return left.max(BigDecimal.ZERO).min(settings.carryOverMaxDays());
	}

	/** 参加工作日期, or the hire date where the record has none: the years here are years of work at least. */
	private LocalDate workStart() {
		return employee.workStartDate() != null ? employee.workStartDate() : employee.hireDate();
	}

	private BigDecimal granted(String type, int year) {
		return granted.getOrDefault(BalanceGrants.key(type, year), BigDecimal.ZERO);
	}

	/**
	 * The days of requests starting in the year up to {@code to}, from the hire date on: a rehired employee's
	 * leave of the earlier employment was settled when it ended and does not count against the new one.
	 */
	private BigDecimal used(String type, int year, LeaveStatus status, LocalDate to) {
		LocalDate yearStart = LocalDate.of(year, 1, 1);
		LocalDate from = employee.hireDate().isAfter(yearStart) ? employee.hireDate() : yearStart;
		return requested.stream()
			.filter(r -> r.type().equals(type) && r.status() == status && !r.startDate().isBefore(from)
					&& !r.startDate().isAfter(to))
			.map(RequestedDays::days)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
