package io.renloop.attendance.internal.results;

import static io.renloop.attendance.internal.results.Days.ZONE;
import static io.renloop.attendance.internal.results.Days.at;
import static io.renloop.attendance.internal.results.Days.working;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.attendance.DailyResult;
import io.renloop.attendance.ShiftTimes;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A shift's own tolerances decide a day before the tenant's rule (grace 5 minutes here): its grace minutes, its
 * flexible start (弹性: up to that much later, working as much longer) and its minimum hours (a day with that much
 * work is complete, so leaving earlier is not counted).
 */
class ShiftsOwnGraceFlexibleStartAndMinimumHoursTests {

	private static final LocalTime NINE = LocalTime.of(9, 0);

	private static final LocalTime SIX = LocalTime.of(18, 0);

	private static DailyResult day(ShiftTimes shift, Instant... events) {
		return DayCalculator.compute(working("2026-03-02", shift), List.of(events), ZONE, null, null,
				ClockRules.DEFAULTS);
	}

	@Test
	void theShiftsGraceReplacesTheTenantsRule() {
		ShiftTimes lenient = new ShiftTimes("G15", NINE, SIX, 480, 15, 0, 0);

		assertThat(day(lenient, at("2026-03-02T09:12"), at("2026-03-02T18:00")).lateMinutes()).isZero();
		assertThat(day(lenient, at("2026-03-02T09:16"), at("2026-03-02T18:00")).lateMinutes()).isEqualTo(16);
		assertThat(day(lenient, at("2026-03-02T09:00"), at("2026-03-02T17:50")).earlyLeaveMinutes()).isZero();
	}

	@Test
	void aShiftWithoutGraceOfItsOwnKeepsTheTenantsRule() {
		ShiftTimes plain = new ShiftTimes("P", NINE, SIX, 480, 0, 0, 0);

		assertThat(day(plain, at("2026-03-02T09:12"), at("2026-03-02T18:00")).lateMinutes()).isEqualTo(12);
		assertThat(day(plain, at("2026-03-02T09:04"), at("2026-03-02T18:00")).lateMinutes()).isZero();
	}

	@Test
	void aFlexibleStartMovesTheEndAsMuchLater() {
		ShiftTimes flexible = new ShiftTimes("F", NINE, SIX, 480, 0, 60, 0);

		DailyResult cameLater = day(flexible, at("2026-03-02T09:40"), at("2026-03-02T18:40"));
		assertThat(cameLater.lateMinutes()).isZero();
		assertThat(cameLater.earlyLeaveMinutes()).isZero();
		assertThat(cameLater.workedMinutes()).isEqualTo(480);

		DailyResult leftWithTheOriginalEnd = day(flexible, at("2026-03-02T09:40"), at("2026-03-02T18:00"));
		assertThat(leftWithTheOriginalEnd.earlyLeaveMinutes()).isEqualTo(40);

		DailyResult beyondTheWindow = day(flexible, at("2026-03-02T10:20"), at("2026-03-02T19:00"));
		assertThat(beyondTheWindow.lateMinutes()).isEqualTo(20);
	}

	@Test
	void aDayWithTheMinimumHoursIsCompleteEvenWhenLeftEarly() {
		ShiftTimes sevenHours = new ShiftTimes("M", NINE, SIX, 480, 0, 0, 420);

		assertThat(day(sevenHours, at("2026-03-02T08:50"), at("2026-03-02T17:30")).earlyLeaveMinutes()).isZero();
		assertThat(day(sevenHours, at("2026-03-02T09:00"), at("2026-03-02T16:30")).earlyLeaveMinutes()).isEqualTo(90);
	}
}
