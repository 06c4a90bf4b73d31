package io.renloop.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.DayType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled notices of 2025 and 2026 give every date one type; the 13 statutory days come from the law and the
 * lunar calendar, the notices' other days off are rest days, their weekend workdays are make-up workdays.
 */
class OfficialHolidayArrangementDayTypesTests {

	static Map<LocalDate, CalendarDay> year(int year) throws IOException {
		try (InputStream in = OfficialHolidayArrangementDayTypesTests.class
			.getResourceAsStream("/attendance/holidays-cn/" + year + ".json")) {
			return HolidayNotice.parse(in.readAllBytes(), JsonMapper.builder().build())
				.calendarDays()
				.stream()
				.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		}
	}

	@Test
	void the13StatutoryDaysOf2025() throws IOException {
		Map<LocalDate, CalendarDay> days = year(2025);
		assertThat(days).hasSize(365);
		assertThat(statutory(days)).containsExactly(d("2025-01-01"), d("2025-01-28"), d("2025-01-29"),
				d("2025-01-30"), d("2025-01-31"), d("2025-04-04"), d("2025-05-01"), d("2025-05-02"), d("2025-05-31"),
				d("2025-10-01"), d("2025-10-02"), d("2025-10-03"), d("2025-10-06"));
		assertThat(days.get(d("2025-01-28")).name()).isEqualTo("春节");
		assertThat(days.get(d("2025-10-06")).name()).isEqualTo("中秋节");
	}

	@Test
	void the13StatutoryDaysOf2026() throws IOException {
		Map<LocalDate, CalendarDay> days = year(2026);
		assertThat(statutory(days)).containsExactly(d("2026-01-01"), d("2026-02-16"), d("2026-02-17"),
				d("2026-02-18"), d("2026-02-19"), d("2026-04-05"), d("2026-05-01"), d("2026-05-02"), d("2026-06-19"),
				d("2026-09-25"), d("2026-10-01"), d("2026-10-02"), d("2026-10-03"));
	}

	@Test
	void newYearsEveIsStatutoryTheFifthDayOffIsARestDayAndTheSaturdayBeforeIsWorked() throws IOException {
		Map<LocalDate, CalendarDay> days = year(2026);
		assertThat(days.get(d("2026-02-16")).type()).isEqualTo(DayType.STATUTORY_HOLIDAY);
		assertThat(days.get(d("2026-02-20"))).isEqualTo(new CalendarDay(d("2026-02-20"), DayType.REST_DAY, "春节"));
		assertThat(days.get(d("2026-02-14"))).isEqualTo(new CalendarDay(d("2026-02-14"), DayType.MAKEUP_WORKDAY, "春节"));
		assertThat(days.get(d("2026-02-15")).type()).as("a Sunday off in the arrangement").isEqualTo(DayType.REST_DAY);
	}

	@Test
	void offDaysOfTheNoticeBeyondTheLawAreRestDays() throws IOException {
		Map<LocalDate, CalendarDay> days = year(2025);
		assertThat(days.get(d("2025-05-05")).type()).isEqualTo(DayType.REST_DAY);
		assertThat(days.get(d("2025-02-04")).type()).isEqualTo(DayType.REST_DAY);
		assertThat(days.get(d("2025-10-08")).type()).isEqualTo(DayType.REST_DAY);
		assertThat(days.get(d("2025-04-27")).type()).isEqualTo(DayType.MAKEUP_WORKDAY);
		assertThat(days.get(d("2025-09-28")).type()).isEqualTo(DayType.MAKEUP_WORKDAY);
	}

	@Test
	void ordinaryWeekdaysAreWorkdaysAndWeekendsRestDays() throws IOException {
		Map<LocalDate, CalendarDay> days = year(2026);
		assertThat(days.get(d("2026-03-10"))).isEqualTo(new CalendarDay(d("2026-03-10"), DayType.WORKDAY, null));
		assertThat(days.get(d("2026-03-14"))).isEqualTo(new CalendarDay(d("2026-03-14"), DayType.REST_DAY, null));
		assertThat(days.values().stream().filter(day -> day.type() == DayType.MAKEUP_WORKDAY).map(CalendarDay::date))
			.containsExactlyInAnyOrder(d("2026-01-04"), d("2026-02-14"), d("2026-02-28"), d("2026-05-09"),
					d("2026-09-20"), d("2026-10-10"));
	}

	@Test
	void yearsWithoutANoticeStillKnowTheLawsHolidays() {
		assertThat(HolidayNotice.ordinary(d("2027-02-05")).type()).as("除夕 2027").isEqualTo(DayType.STATUTORY_HOLIDAY);
		assertThat(HolidayNotice.ordinary(d("2027-04-05")).type()).as("清明 2027").isEqualTo(DayType.STATUTORY_HOLIDAY);
		assertThat(HolidayNotice.ordinary(d("2027-02-10")).type()).isEqualTo(DayType.WORKDAY);
		assertThat(StatutoryHolidays.of(2027).orElseThrow()).hasSize(StatutoryHolidays.PER_YEAR);
		assertThat(StatutoryHolidays.of(2028).orElseThrow()).as("中秋 on 3 October").hasSize(12)
			.containsEntry(d("2028-10-03"), "国庆节、中秋节");
	}

	@Test
	void qingmingFallsOnTheFourthOrFifthOfApril() {
		assertThat(List.of(2024, 2025, 2026, 2027, 2028, 2029, 2030).stream().map(LunarDates::qingming))
			.containsExactly(d("2024-04-04"), d("2025-04-04"), d("2026-04-05"), d("2027-04-05"), d("2028-04-04"),
					d("2029-04-04"), d("2030-04-05"));
	}

	private static List<LocalDate> statutory(Map<LocalDate, CalendarDay> days) {
		return days.values()
			.stream()
			.filter(day -> day.type() == DayType.STATUTORY_HOLIDAY)
			.map(CalendarDay::date)
			.sorted()
			.toList();
	}

	static LocalDate d(String text) {
		return LocalDate.parse(text);
	}
}
