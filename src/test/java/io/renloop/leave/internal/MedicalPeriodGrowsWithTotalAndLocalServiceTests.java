package io.renloop.leave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 医疗期 by total and local years of service (劳部发〔1994〕479号 art. 3). */
class MedicalPeriodGrowsWithTotalAndLocalServiceTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void underTenYearsOfWorkAndFiveHereIsThreeMonthsInSix() {
		assertThat(MedicalPeriodRule.of(TODAY.minusYears(9), TODAY.minusYears(4), TODAY))
			.isEqualTo(new MedicalPeriodRule.Entitlement(3, 6));
	}

	@Test
	void underTenYearsOfWorkButFiveHereIsSixMonths() {
		assertThat(MedicalPeriodRule.of(TODAY.minusYears(9), TODAY.minusYears(5), TODAY).months()).isEqualTo(6);
	}

	@Test
	void tenYearsOfWorkAndFewHereIsSixMonths() {
		assertThat(MedicalPeriodRule.of(TODAY.minusYears(10), TODAY.minusYears(1), TODAY).months()).isEqualTo(6);
	}

	@Test
	void twentyYearsHereIsTwentyFourMonthsInThirty() {
		assertThat(MedicalPeriodRule.of(TODAY.minusYears(25), TODAY.minusYears(20), TODAY))
			.isEqualTo(new MedicalPeriodRule.Entitlement(24, 30));
	}

	@Test
	void fifteenYearsHereIsEighteenMonths() {
		assertThat(MedicalPeriodRule.of(TODAY.minusYears(25), TODAY.minusYears(15), TODAY).months()).isEqualTo(18);
	}
}
