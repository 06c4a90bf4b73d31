package io.renloop.training.internal.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RemindersFollowTheNearestThresholdTests {

	final LocalDate today = LocalDate.of(2026, 12, 7);

	@Test
	void nothingIsDueMoreThanNinetyDaysAhead() {
		assertThat(ReminderThresholds.due(today.plusDays(91), today)).isEmpty();
	}

	@Test
	void eachThresholdIsDueFromItsDay() {
		assertThat(ReminderThresholds.due(today.plusDays(90), today)).hasValue(90);
		assertThat(ReminderThresholds.due(today.plusDays(31), today)).hasValue(90);
		assertThat(ReminderThresholds.due(today.plusDays(30), today)).hasValue(30);
		assertThat(ReminderThresholds.due(today.plusDays(8), today)).hasValue(30);
		assertThat(ReminderThresholds.due(today.plusDays(7), today)).hasValue(7);
		assertThat(ReminderThresholds.due(today, today)).hasValue(7);
	}

	@Test
	void theDayAfterTheExpiryTheExpiryIsDue() {
		assertThat(ReminderThresholds.due(today.minusDays(1), today)).hasValue(ReminderThresholds.EXPIRED);
	}

	@Test
	void aCertificateRecordedLateGetsOnlyTheNearestReminder() {
		assertThat(ReminderThresholds.due(today.plusDays(5), today)).isEqualTo(OptionalInt.of(7));
	}

	@Test
	void noExpiryNoReminder() {
		assertThat(ReminderThresholds.due(null, today)).isEmpty();
	}
}
