package io.renloop.leave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Approved rest-day overtime becomes compensatory leave in days of the standard 8-hour shift. */
class CompensatoryCreditsCountInStandardDaysTests {

	@Test
	void minutesBecomeDaysOfEightHours() {
		assertThat(CompensatoryCredits.days(480)).isEqualByComparingTo("1");
		assertThat(CompensatoryCredits.days(240)).isEqualByComparingTo("0.5");
		assertThat(CompensatoryCredits.days(600)).isEqualByComparingTo("1.25");
		assertThat(CompensatoryCredits.days(100)).isEqualByComparingTo("0.21");
	}
}
