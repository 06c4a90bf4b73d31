package io.renloop.leave.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.attendance.DayType;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftTimes;
import io.renloop.leave.DayBasis;
import io.renloop.leave.Half;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A leave counts the employee's working days: with the 2026 Spring Festival arrangement (off 02-15 to 02-23, make-up
 * workdays on Saturday 02-14 and Saturday 02-28), 2026-02-12 to 2026-02-27 is 7 working days for a Monday–Friday
 * employee.
 */
class LeaveDaysFollowTheEmployeesScheduleTests {

	static final ShiftTimes DAY_SHIFT = new ShiftTimes("STD", LocalTime.of(9, 0), LocalTime.of(18, 0), 480);

	/** A fake of attendance's schedule: Monday to Friday plus 调休 make-up days, minus holiday days off. */
	static List<ScheduledDay> schedule(LocalDate from, LocalDate to, Map<LocalDate, DayType> arrangement) {
		return from.datesUntil(to.plusDays(1)).map(date -> {
			DayType type = arrangement.getOrDefault(date,
					date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? DayType.REST_DAY : DayType.WORKDAY);
			return new ScheduledDay(date, type, type.isWorkingDay() ? DAY_SHIFT : null);
		}).toList();
	}

	static final Map<LocalDate, DayType> SPRING_FESTIVAL_2026 = Map.ofEntries(
			Map.entry(LocalDate.of(2026, 2, 14), DayType.MAKEUP_WORKDAY),
			Map.entry(LocalDate.of(2026, 2, 16), DayType.STATUTORY_HOLIDAY),
			Map.entry(LocalDate.of(2026, 2, 17), DayType.STATUTORY_HOLIDAY),
			Map.entry(LocalDate.of(2026, 2, 18), DayType.STATUTORY_HOLIDAY),
			Map.entry(LocalDate.of(2026, 2, 19), DayType.STATUTORY_HOLIDAY),
			Map.entry(LocalDate.of(2026, 2, 20), DayType.REST_DAY),
			Map.entry(LocalDate.of(2026, 2, 23), DayType.REST_DAY),
			Map.entry(LocalDate.of(2026, 2, 28), DayType.MAKEUP_WORKDAY));

	private static LeaveSpan february(DayBasis basis, Half startHalf, Half endHalf) {
		return LeaveSpan.of(schedule(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 27), SPRING_FESTIVAL_2026), basis,
				startHalf, endHalf, null);
	}

	@Test
	void theMakeUpSaturdayCountsAndTheSpringFestivalDoesNot() {
		assertThat(february(DayBasis.WORKING_DAYS, null, null).days()).isEqualByComparingTo("7");
		assertThat(february(DayBasis.WORKING_DAYS, null, null).slots()).extracting(LeaveSpan.Slot::date)
			.contains(LocalDate.of(2026, 2, 14))
			.doesNotContain(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 23));
	}

	@Test
	void calendarDayLeaveCountsEveryDate() {
		assertThat(february(DayBasis.CALENDAR_DAYS, null, null).days()).isEqualByComparingTo("16");
	}

	@Test
	void startingInTheAfternoonAndEndingAtNoonCountsTwoHalves() {
		assertThat(february(DayBasis.WORKING_DAYS, Half.PM, Half.AM).days()).isEqualByComparingTo("6");
	}

	@Test
	void halfADayIsHalfADay() {
		LocalDate monday = LocalDate.of(2026, 3, 2);
		LeaveSpan morning = LeaveSpan.of(schedule(monday, monday, Map.of()), DayBasis.WORKING_DAYS, Half.AM, Half.AM,
				null);
		assertThat(morning.days()).isEqualByComparingTo("0.5");
		assertThat(morning.slots()).extracting(LeaveSpan.Slot::half).containsExactly(Half.AM);
	}

	@Test
	void hoursAreTheirShareOfTheShift() {
		LocalDate monday = LocalDate.of(2026, 3, 2);
		assertThat(LeaveSpan.of(schedule(monday, monday, Map.of()), DayBasis.WORKING_DAYS, null, null,
				new BigDecimal("2")).days()).isEqualByComparingTo("0.25");
	}

	@Test
	void aLeaveOnlyOnRestDaysCoversNothing() {
		LocalDate saturday = LocalDate.of(2026, 3, 7);
		assertThat(LeaveSpan.of(schedule(saturday, saturday.plusDays(1), Map.of()), DayBasis.WORKING_DAYS, null, null,
				null).isEmpty()).isTrue();
	}

	@Test
	void wholeDaysPrintAsIntegers() {
		assertThat(LeaveSpan.plain(new BigDecimal("10.0")).toPlainString()).isEqualTo("10");
		assertThat(LeaveSpan.plain(new BigDecimal("10.0")).toString()).isEqualTo("10");
	}
}
