package io.renloop.attendance.internal.results;

import static io.renloop.attendance.internal.results.Days.DAY;
import static io.renloop.attendance.internal.results.Days.ZONE;
import static io.renloop.attendance.internal.results.Days.at;
import static io.renloop.attendance.internal.results.Days.off;
import static io.renloop.attendance.internal.results.Days.working;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.attendance.ApprovedAbsence;
import io.renloop.attendance.DailyResult;
import io.renloop.attendance.DayType;
import io.renloop.attendance.ScheduledDay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DayResultsByDayTypeTests {

	private static final ScheduledDay MONDAY = working("2026-03-02", DAY);

	private static DailyResult monday(Instant... events) {
		return DayCalculator.compute(MONDAY, List.of(events), ZONE, null, null, ClockRules.DEFAULTS);
	}

	@Test
	void lateBeyondTheGraceCountsEveryMinute() {
		assertThat(monday(at("2026-03-02T09:12"), at("2026-03-02T18:00")).lateMinutes()).isEqualTo(12);
	}

	@Test
	void lateWithinTheGraceIsNotLate() {
		assertThat(monday(at("2026-03-02T09:05"), at("2026-03-02T18:00")).lateMinutes()).isZero();
	}

	@Test
	void leavingEarlyIsCounted() {
		DailyResult day = monday(at("2026-03-02T08:55"), at("2026-03-02T17:20"));

		assertThat(day.earlyLeaveMinutes()).isEqualTo(40);
		assertThat(day.workedMinutes()).isEqualTo(440);
	}

	@Test
	void aDayStillToComeShowsTheLeaveThatWillCoverIt() {
		ApprovedAbsence morning = new ApprovedAbsence(UUID.randomUUID(), MONDAY.date(), "ANNUAL", true,
				new BigDecimal("0.5"), "AM");

		DailyResult day = DayCalculator.planned(MONDAY, morning);

		assertThat(day.leave().type()).isEqualTo("ANNUAL");
		assertThat(day.leave().fraction()).isEqualByComparingTo("0.5");
		assertThat(day.absent()).isFalse();
		assertThat(day.shift()).isEqualTo(MONDAY.shift());
	}

	@Test
	void noEventsOnAWorkdayIsAbsent() {
		assertThat(monday().absent()).isTrue();
	}

	@Test
	void oneEventIsAMissingPunch() {
		DailyResult day = monday(at("2026-03-02T08:58"));

		assertThat(day.missingPunch()).isTrue();
		assertThat(day.firstIn()).isEqualTo(at("2026-03-02T08:58"));
		assertThat(day.lastOut()).isNull();
	}

	@Test
	void approvedLeaveCoversTheDay() {
		ApprovedAbsence leave = new ApprovedAbsence(null, LocalDate.parse("2026-03-02"), "ANNUAL", true,
				BigDecimal.ONE, null);

		DailyResult day = DayCalculator.compute(MONDAY, List.of(), ZONE, leave, null, ClockRules.DEFAULTS);

		assertThat(day.absent()).isFalse();
		assertThat(day.leave().type()).isEqualTo("ANNUAL");
	}

	@Test
	void aMorningOffExcusesTheLateArrival() {
		ApprovedAbsence am = new ApprovedAbsence(null, LocalDate.parse("2026-03-02"), "ANNUAL", true,
				new BigDecimal("0.5"), "AM");

		DailyResult day = DayCalculator.compute(MONDAY, List.of(at("2026-03-02T13:30"), at("2026-03-02T18:01")), ZONE,
				am, null, ClockRules.DEFAULTS);

		assertThat(day.lateMinutes()).isZero();
		assertThat(day.absent()).isFalse();
	}

	@Test
	void workdayOvertimeCountsOnlyUpToWhatWasApproved() {
		DailyResult unapproved = monday(at("2026-03-02T08:59"), at("2026-03-02T20:30"));
		DailyResult approved = DayCalculator.compute(MONDAY, List.of(at("2026-03-02T08:59"), at("2026-03-02T20:30")),
				ZONE, null, 120, ClockRules.DEFAULTS);

		assertThat(unapproved.overtime().workdayMinutes()).isZero();
		assertThat(approved.overtime().workdayMinutes()).isEqualTo(120);
	}

	@Test
	void theTenantRuleCountsOvertimeWithoutApproval() {
		ClockRules automatic = new ClockRules(5, 30, true, 3);

		DailyResult day = DayCalculator.compute(MONDAY, List.of(at("2026-03-02T08:59"), at("2026-03-02T20:30")), ZONE,
				null, null, automatic);

		assertThat(day.overtime().workdayMinutes()).isEqualTo(150);
	}

	@Test
	void overtimeShorterThanTheMinimumDoesNotCount() {
		ClockRules automatic = new ClockRules(5, 30, true, 3);

		DailyResult day = DayCalculator.compute(MONDAY, List.of(at("2026-03-02T08:59"), at("2026-03-02T18:20")), ZONE,
				null, null, automatic);

		assertThat(day.overtime().total()).isZero();
	}

	@Test
	void workOnARestDayIsRestDayOvertime() {
		DailyResult day = DayCalculator.compute(off("2026-03-07", DayType.REST_DAY),
				List.of(at("2026-03-07T09:00"), at("2026-03-07T13:00")), ZONE, null, 240, ClockRules.DEFAULTS);

		assertThat(day.overtime()).isEqualTo(new DailyResult.Overtime(0, 240, 0));
		assertThat(day.absent()).isFalse();
	}

	@Test
	void workOnAStatutoryHolidayIsHolidayOvertimeAndMoreThanThreeHoursWarns() {
		DailyResult day = DayCalculator.compute(off("2026-10-01", DayType.STATUTORY_HOLIDAY),
				List.of(at("2026-10-01T08:00"), at("2026-10-01T17:00")), ZONE, null, 600, ClockRules.DEFAULTS);

		assertThat(day.overtime().holidayMinutes()).isEqualTo(480);
		assertThat(day.overtimeWarning()).isTrue();
	}

	@Test
	void aDayOffWithoutEventsIsNotAbsent() {
		DailyResult day = DayCalculator.compute(off("2026-03-08", DayType.REST_DAY), List.of(), ZONE, null, null,
				ClockRules.DEFAULTS);

		assertThat(day.absent()).isFalse();
		assertThat(day.missingPunch()).isFalse();
	}
}
