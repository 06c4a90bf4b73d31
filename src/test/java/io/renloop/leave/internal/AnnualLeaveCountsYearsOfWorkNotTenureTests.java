package io.renloop.leave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Statutory annual leave by cumulative years of work (职工带薪年休假条例 art. 3) and its pro-rating for the year an
 * employee joins or leaves (企业职工带薪年休假实施办法 arts. 5 and 12).
 */
class AnnualLeaveCountsYearsOfWorkNotTenureTests {

	private static final LocalDate LONG_AGO_HIRED = LocalDate.of(2000, 1, 1);

	@Test
	void nineYearsAnd364DaysOfWorkGiveFiveDays() {
		LocalDate workStart = LocalDate.of(2016, 6, 2);
		assertThat(AnnualLeaveEntitlement.tierOn(workStart, LocalDate.of(2026, 6, 1))).isEqualTo(5);
	}

	@Test
	void tenYearsOfWorkGiveTenDays() {
		LocalDate workStart = LocalDate.of(2016, 6, 2);
		assertThat(AnnualLeaveEntitlement.tierOn(workStart, LocalDate.of(2026, 6, 2))).isEqualTo(10);
	}

	@Test
	void lessThanOneYearOfWorkGivesNone() {
		assertThat(AnnualLeaveEntitlement.tierOn(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 12, 31))).isZero();
	}

	@Test
	void twentyYearsOfWorkGiveFifteenDays() {
		assertThat(AnnualLeaveEntitlement.tierOn(LocalDate.of(2006, 3, 1), LocalDate.of(2026, 3, 1))).isEqualTo(15);
		assertThat(AnnualLeaveEntitlement.tierOn(LocalDate.of(2006, 3, 1), LocalDate.of(2026, 2, 28))).isEqualTo(10);
	}

	@Test
	void yearsWithEarlierEmployersCountAlthoughTheHireIsRecent() {
		LocalDate workStart = LocalDate.of(2010, 1, 1);
		assertThat(AnnualLeaveEntitlement.forYear(2027, workStart, LocalDate.of(2026, 12, 1), null)).isEqualTo(10);
	}

	@Test
	void aNewHireGetsTheRemainingDaysShareWithTheFractionDropped() {
		// 2026-07-01 .. 12-31 is 184 days: 184 / 365 × 5 = 2.52 → 2
		assertThat(AnnualLeaveEntitlement.forYear(2026, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 7, 1), null))
			.isEqualTo(2);
		// 10 days' tier: 184 / 365 × 10 = 5.04 → 5
		assertThat(AnnualLeaveEntitlement.forYear(2026, LocalDate.of(2010, 1, 1), LocalDate.of(2026, 7, 1), null))
			.isEqualTo(5);
	}

	@Test
	void aLeaverGetsTheElapsedDaysShareWithTheFractionDropped() {
		// 2026-01-01 .. 04-30 is 120 days: 120 / 365 × 15 = 4.93 → 4
		assertThat(AnnualLeaveEntitlement.forYear(2026, LocalDate.of(1990, 1, 1), LONG_AGO_HIRED,
				LocalDate.of(2026, 4, 30)))
			.isEqualTo(4);
	}

	@Test
	void aYearInWhichTheTenthAnniversaryFallsIsSharedBetweenTheTiers() {
		// 181 days at 5 and 184 days at 10 (from 2026-07-01): (905 + 1840) / 365 = 7.52 → 7
		assertThat(AnnualLeaveEntitlement.forYear(2026, LocalDate.of(2016, 7, 1), LONG_AGO_HIRED, null)).isEqualTo(7);
	}

	@Test
	void aWholeYearAtOneTierGivesTheTierEvenInALeapYear() {
		assertThat(AnnualLeaveEntitlement.forYear(2028, LocalDate.of(2000, 1, 1), LONG_AGO_HIRED, null)).isEqualTo(15);
		assertThat(AnnualLeaveEntitlement.forYear(2026, LocalDate.of(2020, 1, 1), LONG_AGO_HIRED, null)).isEqualTo(5);
	}

	@Test
	void withoutAWorkStartThereIsNoStatutoryLeave() {
		assertThat(AnnualLeaveEntitlement.forYear(2026, null, LONG_AGO_HIRED, null)).isZero();
	}
}
