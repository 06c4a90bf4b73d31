package io.renloop.attendance.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/**
 * The Gregorian dates of the lunar festivals the Holiday Regulations name (春节 = 正月初一, 端午 = 五月初五,
 * 中秋 = 八月十五) and of 清明. The lunar dates come from a table of the Purple Mountain Observatory's published
 * calendar rather than an astronomical algorithm: a few years of rows are easy to check against the official
 * holiday notices (tests do, for every year with a bundled notice); extend the table before importing a later year.
 */
final class LunarDates {

	/** Per year: 正月初一, 五月初五, 八月十五. */
	private static final Map<Integer, MonthDay[]> FESTIVALS = Map.of(
			2024, days("02-10", "06-10", "09-17"),
			2025, days("01-29", "05-31", "10-06"),
			2026, days("02-17", "06-19", "09-25"),
			2027, days("02-06", "06-09", "09-15"),
			2028, days("01-26", "05-28", "10-03"),
			2029, days("02-13", "06-16", "09-22"),
			2030, days("02-03", "06-05", "09-12"));

	private LunarDates() {
	}

	static boolean covers(int year) {
		return FESTIVALS.containsKey(year);
	}

	static int firstYear() {
		return FESTIVALS.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
	}

	static int lastYear() {
		return FESTIVALS.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
	}

	/** 正月初一 of the lunar year that begins in this Gregorian year. */
	static Optional<LocalDate> springFestival(int year) {
		return festival(year, 0);
	}

	/** 五月初五. */
	static Optional<LocalDate> dragonBoat(int year) {
		return festival(year, 1);
	}

	/** 八月十五. */
	static Optional<LocalDate> midAutumn(int year) {
		return festival(year, 2);
	}

	/**
	 * 清明, the solar term at the sun's longitude 15°, by the usual formula for the 21st century
	 * ([Y × 0.2422 + 4.81] − [Y / 4], Y the year's last two digits); it falls on 4 or 5 April.
	 */
	static LocalDate qingming(int year) {
		int y = year % 100;
		int day = (int) Math.floor(y * 0.2422 + 4.81) - y / 4;
		return LocalDate.of(year, 4, day);
	}

	private static Optional<LocalDate> festival(int year, int index) {
		MonthDay[] row = FESTIVALS.get(year);
		return row == null ? Optional.empty() : Optional.of(row[index].atYear(year));
	}

	private static MonthDay[] days(String... monthDays) {
		MonthDay[] result = new MonthDay[monthDays.length];
		for (int i = 0; i < monthDays.length; i++) {
			result[i] = MonthDay.parse("--" + monthDays[i]);
		}
		return result;
	}
}
