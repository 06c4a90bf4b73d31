package io.renloop.attendance.internal.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.attendance.DailyResult;
import io.renloop.attendance.DayType;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftTimes;
import io.renloop.attendance.TimeClockRules;
import io.renloop.attendance.TimeClockRules.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tenant's rules are versions: a day is computed with the version in force on it, so the same ten-minute late
 * arrival counts before a wider grace takes effect and not after; before the tenant's first version the defaults
 * apply.
 */
class ClockRulesApplyFromTheirEffectiveDateTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final TimeClockSettings.RuleBook BOOK = new TimeClockSettings.RuleBook(
			List.of(new Version(LocalDate.of(2026, 10, 20), 15, 30, "APPROVED", 3)));

	@Test
	void theVersionInForceDecidesWhetherTenMinutesAreLate() {
		assertThat(lateOn(LocalDate.of(2026, 10, 13))).isEqualTo(10);
		assertThat(lateOn(LocalDate.of(2026, 10, 20))).isZero();
		assertThat(lateOn(LocalDate.of(2026, 10, 21))).isZero();
	}

	@Test
	void beforeTheTenantsFirstVersionTheDefaultsApply() {
		TimeClockSettings.RuleBook later = new TimeClockSettings.RuleBook(
				List.of(new Version(LocalDate.of(2026, 1, 1), 0, 30, "AUTOMATIC", 2)));
		assertThat(later.on(LocalDate.of(2025, 6, 1)).automaticOvertime()).isFalse();
		assertThat(later.on(LocalDate.of(2025, 6, 1)).graceMinutes()).isEqualTo(5);
		assertThat(later.on(LocalDate.of(2026, 6, 1)).automaticOvertime()).isTrue();
		assertThat(later.versions()).hasSize(2).first().isEqualTo(TimeClockRules.DEFAULTS);
		assertThat(BOOK.on(LocalDate.of(2026, 10, 19)).graceMinutes()).isEqualTo(5);
	}

	private static int lateOn(LocalDate day) {
		ScheduledDay plan = new ScheduledDay(day, DayType.WORKDAY,
				new ShiftTimes("STD", LocalTime.of(9, 0), LocalTime.of(18, 0), 480));
		List<Instant> events = List.of(day.atTime(9, 10).atZone(ZONE).toInstant(),
				day.atTime(18, 2).atZone(ZONE).toInstant());
		DailyResult result = DayCalculator.compute(plan, events, ZONE, null, null, BOOK.on(day));
		return result.lateMinutes();
	}
}
