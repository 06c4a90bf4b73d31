package io.renloop.leave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeDirectory.Employment;
import io.renloop.leave.LeaveBalanceView;
import io.renloop.leave.LeaveStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A year's balances computed in memory from the requests and grants read for it: taken and pending by status,
 * last year's rest carried over up to the tenant's maximum and lost after the carry-over months unless taken,
 * leave of an earlier employment left out after a rehire, nothing accrued after a leaver's last day.
 */
class AnnualBalancesCarryOverAndCountFromTheHireDateTests {

	private static final LeavePolicy.Settings YEARLY = new LeavePolicy.Settings("CN", false, new BigDecimal("5"), 3);

	private static final LeavePolicy.Settings MONTHLY = new LeavePolicy.Settings("CN", true, new BigDecimal("5"), 0);

	/** Twelve years of work: 10 statutory days a year. */
	private static final Employment VETERAN = employment(LocalDate.of(2014, 1, 1), LocalDate.of(2020, 1, 1), null);

	@Test
	void takenAndPendingCountByStatusAndOnlyTheirType() {
		LeaveYearFacts facts = new LeaveYearFacts(VETERAN, new LeavePolicy.Settings("CN", false, BigDecimal.ZERO, 0),
				null, List.of(days("ANNUAL", LeaveStatus.APPROVED, "2026-03-02", "2"),
						days("ANNUAL", LeaveStatus.PENDING, "2026-06-01", "1"),
						days("ANNUAL", LeaveStatus.REJECTED, "2026-06-08", "3"),
						days("SICK", LeaveStatus.APPROVED, "2026-04-01", "4")),
				Map.of(BalanceGrants.key("ANNUAL", 2026), new BigDecimal("1.5")));

		LeaveBalanceView annual = facts.balance("ANNUAL", 2026, LocalDate.of(2026, 7, 1));

		assertThat(annual.entitled()).isEqualByComparingTo("11.5");
		assertThat(annual.taken()).isEqualByComparingTo("2");
		assertThat(annual.pending()).isEqualByComparingTo("1");
		assertThat(annual.remaining()).isEqualByComparingTo("8.5");
		assertThat(annual.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void lastYearsRestIsCarriedUpToTheMaximumAndExpiresAfterTheCarryOverMonths() {
		List<RequestedDays> requested = List.of(days("ANNUAL", LeaveStatus.APPROVED, "2025-05-06", "3"),
				days("ANNUAL", LeaveStatus.APPROVED, "2026-02-02", "1"));
		LeaveYearFacts facts = new LeaveYearFacts(VETERAN, YEARLY, null, requested, Map.of());

		LeaveBalanceView inFebruary = facts.balance("ANNUAL", 2026, LocalDate.of(2026, 2, 10));
		// 10 − 3 = 7 left of 2025, at most 5 carried; 1 of them taken before the end of March
		assertThat(inFebruary.entitled()).isEqualByComparingTo("15");
		assertThat(inFebruary.remaining()).isEqualByComparingTo("14");
		assertThat(inFebruary.expiresOn()).isEqualTo(LocalDate.of(2026, 3, 31));

		LeaveBalanceView inMay = facts.balance("ANNUAL", 2026, LocalDate.of(2026, 5, 4));
		assertThat(inMay.entitled()).isEqualByComparingTo("11");
		assertThat(inMay.remaining()).isEqualByComparingTo("10");
		assertThat(inMay.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void aRehiredEmployeesLeaveOfTheEarlierEmploymentDoesNotCount() {
		Employment rehired = employment(LocalDate.of(2014, 1, 1), LocalDate.of(2026, 7, 1), null);
		LeaveYearFacts facts = new LeaveYearFacts(rehired, YEARLY, null,
				List.of(days("ANNUAL", LeaveStatus.APPROVED, "2026-02-02", "2"),
						days("ANNUAL", LeaveStatus.APPROVED, "2026-08-03", "1")),
				Map.of());

		LeaveBalanceView annual = facts.balance("ANNUAL", 2026, LocalDate.of(2026, 9, 1));

		assertThat(annual.taken()).isEqualByComparingTo("1");
		// 10 days a year for the 184 days from July 1st: 5.04, rounded down; nothing carried from before the hire
		assertThat(annual.entitled()).isEqualByComparingTo("5");
	}

	@Test
	void aLeaversBalanceStandsAsOnTheLastDay() {
		LeaveYearFacts facts = new LeaveYearFacts(
				employment(LocalDate.of(2014, 1, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 4, 30)), MONTHLY,
				LocalDate.of(2026, 4, 30), List.of(), Map.of());

		LeaveBalanceView annual = facts.balance("ANNUAL", 2026, LocalDate.of(2026, 11, 15));

		assertThat(annual.frozenOn()).isEqualTo(LocalDate.of(2026, 4, 30));
		// the 2026 share up to April 30th is 3 days (119 of 365 days of 10); four months accrued of it: 1.0
		assertThat(annual.entitled()).isEqualByComparingTo("1");
	}

	private static Employment employment(LocalDate workStart, LocalDate hired, LocalDate lastDay) {
		return new Employment(UUID.randomUUID(), "E1", "Li Lei", null, hired, workStart, lastDay);
	}

	private static RequestedDays days(String type, LeaveStatus status, String start, String days) {
		return new RequestedDays(type, status, LocalDate.parse(start), new BigDecimal(days));
	}
}
