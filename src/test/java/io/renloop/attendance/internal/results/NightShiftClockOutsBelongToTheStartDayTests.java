package io.renloop.attendance.internal.results;

import static io.renloop.attendance.internal.results.Days.NIGHT;
import static io.renloop.attendance.internal.results.Days.DAY;
import static io.renloop.attendance.internal.results.Days.ZONE;
import static io.renloop.attendance.internal.results.Days.at;
import static io.renloop.attendance.internal.results.Days.off;
import static io.renloop.attendance.internal.results.Days.working;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.attendance.DayType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NightShiftClockOutsBelongToTheStartDayTests {

	@Test
	void aMorningClockOutAfterANightShiftBelongsToTheDayBefore() {
		Map<LocalDate, List<Instant>> days = ShiftAttribution.attribute(
				List.of(working("2026-03-02", NIGHT), working("2026-03-03", NIGHT)),
				List.of(at("2026-03-03T06:05"), at("2026-03-02T21:50")), ZONE);

		assertThat(days.get(LocalDate.parse("2026-03-02"))).containsExactly(at("2026-03-02T21:50"),
				at("2026-03-03T06:05"));
		assertThat(days).doesNotContainKey(LocalDate.parse("2026-03-03"));
	}

	@Test
	void aNightShiftAcrossTheMonthEndStaysInTheMonthItStarted() {
		Map<LocalDate, List<Instant>> days = ShiftAttribution.attribute(
				List.of(working("2026-01-31", NIGHT), off("2026-02-01", DayType.REST_DAY)),
				List.of(at("2026-01-31T21:55"), at("2026-02-01T06:02")), ZONE);

		assertThat(days.get(LocalDate.parse("2026-01-31"))).hasSize(2);
		assertThat(days).doesNotContainKey(LocalDate.parse("2026-02-01"));
	}

	@Test
	void aNightShiftWorkedInFullIsNotLateNorEarly() {
		var result = DayCalculator.compute(working("2026-01-31", NIGHT),
				List.of(at("2026-01-31T21:55"), at("2026-02-01T06:02")), ZONE, null, null, ClockRules.DEFAULTS);

		assertThat(result.workedMinutes()).isEqualTo(480);
		assertThat(result.lateMinutes()).isZero();
		assertThat(result.earlyLeaveMinutes()).isZero();
		assertThat(result.missingPunch()).isFalse();
	}

	@Test
	void anEarlyArrivalBelongsToTheShiftItOpens() {
		Map<LocalDate, List<Instant>> days = ShiftAttribution.attribute(
				List.of(working("2026-03-02", DAY), working("2026-03-03", DAY)),
				List.of(at("2026-03-03T07:30"), at("2026-03-02T18:10")), ZONE);

		assertThat(days.get(LocalDate.parse("2026-03-03"))).containsExactly(at("2026-03-03T07:30"));
		assertThat(days.get(LocalDate.parse("2026-03-02"))).containsExactly(at("2026-03-02T18:10"));
	}

	@Test
	void workOnADayOffFarFromAnyShiftBelongsToItsOwnDate() {
		Map<LocalDate, List<Instant>> days = ShiftAttribution.attribute(
				List.of(working("2026-03-06", DAY), off("2026-03-07", DayType.REST_DAY),
						working("2026-03-09", DAY)),
				List.of(at("2026-03-07T10:00"), at("2026-03-07T15:00")), ZONE);

		assertThat(days.get(LocalDate.parse("2026-03-07"))).hasSize(2);
	}
}
