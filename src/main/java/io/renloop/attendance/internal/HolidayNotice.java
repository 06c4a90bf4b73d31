package io.renloop.attendance.internal;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.DayType;
import io.renloop.platform.InvalidFieldsException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year's official holiday arrangement in the format of the holiday-cn project
 * ({@code {"year": 2026, "days": [{"name": "春节", "date": "2026-02-16", "isOffDay": true}]}}), checked as a whole
 * before anything is stored, and turned into a type for every date of the year.
 */
record HolidayNotice(int year, List<Entry> days) {

	static final int MAX_NAME_LENGTH = 60;

	/** A date the notice names: a day off, or a weekend day worked instead ({@code offDay} false). */
	record Entry(LocalDate date, String name, boolean offDay) {
	}

	/**
	 * Reads and checks a notice.
	 *
	 * @throws InvalidFieldsException naming the first problem found (400)
	 */
	static HolidayNotice parse(byte[] content, JsonMapper json) {
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw InvalidFieldsException.of("file", "attendance.import.notJson");
		}
		if (root == null || !root.isObject()) {
			throw InvalidFieldsException.of("file", "attendance.import.notJson");
		}
		JsonNode yearNode = root.get("year");
		if (yearNode == null || !yearNode.isInt()) {
			throw InvalidFieldsException.of("year", "attendance.import.yearMissing");
		}
		int year = yearNode.intValue();
		if (!LunarDates.covers(year)) {
			throw InvalidFieldsException.of("year", "attendance.import.yearNotCovered", year,
					LunarDates.firstYear(), LunarDates.lastYear());
		}
		JsonNode days = root.get("days");
		if (days == null || !days.isArray() || days.isEmpty()) {
			throw InvalidFieldsException.of("days", "attendance.import.noDays");
		}
		List<Entry> entries = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		for (int i = 0; i < days.size(); i++) {
			Entry entry = entry(days.get(i), i, year);
			Integer earlier = seen.putIfAbsent(entry.date(), i);
			if (earlier != null) {
				throw InvalidFieldsException.of(field(i, "date"), "attendance.import.duplicateDate", entry.date(),
						earlier);
			}
			entries.add(entry);
		}
		return new HolidayNotice(year, List.copyOf(entries));
	}

	private static Entry entry(JsonNode day, int index, int year) {
		if (day == null || !day.isObject()) {
			throw InvalidFieldsException.of("days[" + index + "]", "attendance.import.notADay");
		}
		JsonNode dateNode = day.get("date");
		LocalDate date;
		try {
			date = LocalDate.parse(dateNode == null || !dateNode.isString() ? "" : dateNode.asString());
		}
		catch (DateTimeParseException ex) {
			throw InvalidFieldsException.of(field(index, "date"), "attendance.import.badDate");
		}
		if (date.getYear() != year) {
			throw InvalidFieldsException.of(field(index, "date"), "attendance.import.dateOutsideYear", date, year);
		}
		JsonNode name = day.get("name");
		if (name == null || !name.isString() || name.asString().isBlank()
				|| name.asString().strip().length() > MAX_NAME_LENGTH) {
			throw InvalidFieldsException.of(field(index, "name"), "attendance.import.badName", MAX_NAME_LENGTH);
		}
		JsonNode offDay = day.get("isOffDay");
		if (offDay == null || !offDay.isBoolean()) {
			throw InvalidFieldsException.of(field(index, "isOffDay"), "attendance.import.offDayMissing");
		}
		return new Entry(date, name.asString().strip(), offDay.booleanValue());
	}

	private static String field(int index, String name) {
		return "days[" + index + "]." + name;
	}

	/** Every date of the year with its type: statutory from the law, the notice's other days, then weekends. */
	List<CalendarDay> calendarDays() {
		Map<LocalDate, String> statutory = StatutoryHolidays.of(year).orElseThrow();
		Map<LocalDate, Entry> named = new HashMap<>();
		days.forEach(entry -> named.put(entry.date(), entry));
		List<CalendarDay> result = new ArrayList<>(366);
		for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
			result.add(dayOf(date, statutory.get(date), named.get(date)));
		}
		return result;
	}

	private static CalendarDay dayOf(LocalDate date, String statutoryName, Entry entry) {
		if (statutoryName != null) {
			return new CalendarDay(date, DayType.STATUTORY_HOLIDAY, statutoryName);
		}
		if (entry != null) {
			DayType type = entry.offDay() ? DayType.REST_DAY
					: weekend(date) ? DayType.MAKEUP_WORKDAY : DayType.WORKDAY;
			return new CalendarDay(date, type, entry.name());
		}
		return new CalendarDay(date, weekend(date) ? DayType.REST_DAY : DayType.WORKDAY, null);
	}

	/** A date no notice covers: a rest day at weekends, else a workday; statutory days still count when known. */
	static CalendarDay ordinary(LocalDate date) {
		String statutory = StatutoryHolidays.of(date.getYear()).map(days -> days.get(date)).orElse(null);
		if (statutory != null) {
			return new CalendarDay(date, DayType.STATUTORY_HOLIDAY, statutory);
		}
		return new CalendarDay(date, weekend(date) ? DayType.REST_DAY : DayType.WORKDAY, null);
	}

	static boolean weekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
