package io.renloop.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EconomicCompensationFollowsArticle47Tests {

	private static final BigDecimal WAGE = new BigDecimal("10000");

	private static final BigDecimal LOCAL_AVERAGE = new BigDecimal("12000");

	private static EconomicCompensation.Result of(String start, String end, BigDecimal wage, boolean noticeInLieu) {
		return EconomicCompensation.of(wage, LocalDate.parse(start), LocalDate.parse(end), LOCAL_AVERAGE, noticeInLieu);
	}

	@Test
	void fullYearsCountOneMonthEach() {
		EconomicCompensation.Result result = of("2020-01-01", "2022-12-31", WAGE, false);
		assertThat(result.months()).isEqualByComparingTo("3");
		assertThat(result.amount()).isEqualTo(new BigDecimal("30000.00"));
	}

	@Test
	void remainderJustUnderSixMonthsCountsHalfAMonth() {
		// 3 years, 5 months and 30 days
		EconomicCompensation.Result result = of("2020-01-01", "2023-06-29", WAGE, false);
		assertThat(result.months()).isEqualByComparingTo("3.5");
		assertThat(result.amount()).isEqualTo(new BigDecimal("35000.00"));
	}

	@Test
	void remainderOfSixMonthsCountsAsAYear() {
		EconomicCompensation.Result result = of("2020-01-01", "2023-06-30", WAGE, false);
		assertThat(result.months()).isEqualByComparingTo("4");
	}

	@Test
	void aFewDaysOfServiceCountHalfAMonth() {
		assertThat(of("2024-03-01", "2024-03-10", WAGE, false).months()).isEqualByComparingTo("0.5");
	}

	@Test
	void wageAboveThreeTimesTheLocalAverageIsCappedInBaseAndYears() {
		EconomicCompensation.Result result = of("2005-01-01", "2024-12-31", new BigDecimal("50000"), false);
		assertThat(result.capped()).isTrue();
		assertThat(result.base()).isEqualTo(new BigDecimal("36000.00"));
		assertThat(result.months()).isEqualByComparingTo("12");
		assertThat(result.amount()).isEqualTo(new BigDecimal("432000.00"));
	}

	@Test
	void wageOfExactlyThreeTimesTheAverageIsNotCapped() {
		EconomicCompensation.Result result = of("2005-01-01", "2024-12-31", new BigDecimal("36000"), false);
		assertThat(result.capped()).isFalse();
		assertThat(result.months()).isEqualByComparingTo("20");
	}

	@Test
	void cappedBaseKeepsFewerThanTwelveYears() {
		EconomicCompensation.Result result = of("2020-01-01", "2024-12-31", new BigDecimal("50000"), false);
		assertThat(result.months()).isEqualByComparingTo("5");
		assertThat(result.amount()).isEqualTo(new BigDecimal("180000.00"));
	}

	@Test
	void noticeInLieuAddsOneMonthOfTheOwnUncappedWage() {
		EconomicCompensation.Result result = of("2020-01-01", "2024-12-31", new BigDecimal("50000"), true);
		assertThat(result.noticePay()).isEqualTo(new BigDecimal("50000.00"));
		assertThat(result.amount()).isEqualTo(new BigDecimal("230000.00"));
	}

	@Test
	void everyFigureIsExplained() {
		EconomicCompensation.Result result = of("2020-01-01", "2023-06-29", WAGE, true);
		assertThat(result.explanation()).extracting(Explanation::key)
			.contains("offboarding.severance.line.remainderHalf", "offboarding.severance.line.noticeInLieu",
					"offboarding.severance.line.total");
	}
}
