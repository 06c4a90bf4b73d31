package io.renloop.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResignationNoticeIsWarnedWhenShortTests {

	private static final LocalDate GIVEN = LocalDate.parse("2026-03-01");

	@Test
	void thirtyDaysAreEnough() {
		assertThat(ResignationNotice.warning(GIVEN, GIVEN.plusDays(30), false)).isEmpty();
	}

	@Test
	void twentyNineDaysAreWarned() {
		assertThat(ResignationNotice.warning(GIVEN, GIVEN.plusDays(29), false)).get()
			.extracting(Explanation::key)
			.isEqualTo("offboarding.notice.short");
	}

	@Test
	void threeDaysAreEnoughInProbation() {
		assertThat(ResignationNotice.warning(GIVEN, GIVEN.plusDays(3), true)).isEmpty();
	}

	@Test
	void twoDaysAreWarnedInProbation() {
		assertThat(ResignationNotice.warning(GIVEN, GIVEN.plusDays(2), true)).get()
			.extracting(Explanation::key)
			.isEqualTo("offboarding.notice.shortProbation");
	}
}
