package io.renloop.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnusedAnnualLeaveIsPaidAtTripleTheDailyWageTests {

	private static final BigDecimal WAGE = new BigDecimal("8700");

	@Test
	void daysAreProRatedByTheCalendarDaysPassedAndPartDaysAreNotPaid() {
		// 181 days of 2025 passed: 181 / 365 × 10 = 4.96 → 4 whole days
		UnusedAnnualLeave.Result result = UnusedAnnualLeave.payout(WAGE, 10, BigDecimal.ZERO,
				LocalDate.parse("2015-03-01"), LocalDate.parse("2025-06-30"));
		assertThat(result.proRatedDays()).isEqualByComparingTo("4");
	}

	@Test
	void eachUnusedDayIsPaidTwiceTheDailyWageOnTopOfTheSalary() {
		// daily wage 8700 / 21.75 = 400; 5 days earned, 1 taken, 4 × 400 × 200 % = 3200
		UnusedAnnualLeave.Result result = UnusedAnnualLeave.payout(WAGE, 5, BigDecimal.ONE,
				LocalDate.parse("2015-03-01"), LocalDate.parse("2025-12-31"));
		assertThat(result.dailyWage()).isEqualTo(new BigDecimal("400.00"));
		assertThat(result.unusedDays()).isEqualByComparingTo("4");
		assertThat(result.amount()).isEqualTo(new BigDecimal("3200.00"));
	}

	@Test
	void aHireOfThisYearCountsFromTheHireDate() {
		// from 2025-07-01 to 2025-12-31: 184 days; 184 / 365 × 5 = 2.52 → 2 days
		UnusedAnnualLeave.Result result = UnusedAnnualLeave.payout(WAGE, 5, BigDecimal.ZERO,
				LocalDate.parse("2025-07-01"), LocalDate.parse("2025-12-31"));
		assertThat(result.proRatedDays()).isEqualByComparingTo("2");
	}

	@Test
	void moreTakenThanEarnedPaysNothing() {
		UnusedAnnualLeave.Result result = UnusedAnnualLeave.payout(WAGE, 5, new BigDecimal("5"),
				LocalDate.parse("2015-03-01"), LocalDate.parse("2025-03-31"));
		assertThat(result.amount()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void statutoryDaysGrowWithYearsOfWork() {
		LocalDate today = LocalDate.parse("2025-06-30");
		assertThat(UnusedAnnualLeave.statutoryDays(LocalDate.parse("2024-07-01"), today)).isZero();
		assertThat(UnusedAnnualLeave.statutoryDays(LocalDate.parse("2024-06-30"), today)).isEqualTo(5);
		assertThat(UnusedAnnualLeave.statutoryDays(LocalDate.parse("2015-06-30"), today)).isEqualTo(10);
		assertThat(UnusedAnnualLeave.statutoryDays(LocalDate.parse("2005-06-30"), today)).isEqualTo(15);
	}
}
