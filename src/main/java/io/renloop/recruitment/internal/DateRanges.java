package io.renloop.recruitment.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date ranges such as {@code 2015.09-2019.06}, {@code 2015年9月—至今}, {@code 2009年9月至2012年9月} and
 * {@code Sep 2015 – Present}, and single start dates such as {@code 自2009年9月起}.
 */
final class DateRanges {

	static final String PRESENT = "present";

	private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
			+ "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

	private static final String DATE = "(?:(?<![\\d.])(?<%1$sy>(?:19|20)\\d{2})(?!\\d)\\s*(?:[年./\\-]\\s*(?<%1$sm>\\d{1,2})(?!\\d)\\s*月?|年)?"
			+ "|\\b(?<%1$sen>" + MONTHS + ")\\.?,?\\s*(?<%1$sey>(?:19|20)\\d{2})(?!\\d)"
			+ "|(?<![\\d.])(?<%1$snm>\\d{1,2})\\s*[/.]\\s*(?<%1$sny>(?:19|20)\\d{2})(?!\\d))";

	private static final String OPEN_END = "至今|今|现在|目前|present|now|current|today|date|ongoing";

	private static final Pattern RANGE = Pattern.compile("(?iu)" + DATE.formatted("a")
			+ "\\s*(?:[-–—~～－―]+|至|到|\\bto\\b|until)\\s*(?:(?<open>" + OPEN_END + ")|" + DATE.formatted("b") + ")");

	private static final Pattern START = Pattern.compile("(?iu)(?:自|从|since\\s+|from\\s+)?" + DATE.formatted("a")
			+ "\\s*(?:起|以来|开始)?");

	private static final Pattern SINGLE = Pattern.compile("(?iu)" + DATE.formatted("a"));

	private DateRanges() {
	}

	/** Every range in {@code text}, in order. */
	static List<DateRange> find(String text) {
		List<DateRange> ranges = new ArrayList<>();
		Matcher m = RANGE.matcher(text);
		while (m.find()) {
			String start = date(m, "a");
			String end = m.group("open") != null ? PRESENT : date(m, "b");
			if (start != null && end != null) {
				ranges.add(new DateRange(start, end, m.start(), m.end()));
			}
		}
		return ranges;
	}

	/** Every range, and every single date outside them, in order; a single date has a null {@code end}. */
	static List<DateRange> all(String text) {
		List<DateRange> found = new ArrayList<>(find(text));
		Matcher m = SINGLE.matcher(text);
		while (m.find()) {
			int from = m.start();
			int to = m.end();
			String date = date(m, "a");
			if (date != null && found.stream().noneMatch(r -> r.from() < to && from < r.to())) {
				found.add(new DateRange(date, null, from, to));
			}
		}
		found.sort(java.util.Comparator.comparingInt(DateRange::from));
		return found;
	}

	/** The first range, or else the first single date as an open start; null when there is no date. */
	static DateRange first(String text) {
		List<DateRange> ranges = find(text);
		if (!ranges.isEmpty()) {
			return ranges.get(0);
		}
		Matcher m = START.matcher(text);
		while (m.find()) {
			String start = date(m, "a");
			if (start != null) {
				return new DateRange(start, null, m.start(), m.end());
			}
		}
		return null;
	}

	private static String date(Matcher m, String side) {
		String year = m.group(side + "y");
		if (year != null) {
			return withMonth(year, m.group(side + "m"));
		}
		if (m.group(side + "ey") != null) {
			String month = m.group(side + "en").toLowerCase(Locale.ROOT).substring(0, 3);
			int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
				.indexOf(month);
			return withMonth(m.group(side + "ey"), String.valueOf(index + 1));
		}
		if (m.group(side + "ny") != null) {
			return withMonth(m.group(side + "ny"), m.group(side + "nm"));
		}
		return null;
	}

	private static String withMonth(String year, String month) {
		if (month == null) {
			return year;
		}
		int value = Integer.parseInt(month);
		return value >= 1 && value <= 12 ? "%s-%02d".formatted(year, value) : year;
	}

	/** Months between two dates of this format; a bare year counts from January (start) or December (end). */
	static YearMonth toYearMonth(String date, boolean end, YearMonth now) {
		if (date == null) {
			return null;
		}
		if (PRESENT.equals(date)) {
			return now;
		}
		return date.length() == 4 ? YearMonth.of(Integer.parseInt(date), end ? 12 : 1) : YearMonth.parse(date);
	}

	/** A range found in a text; {@code end} is null for a start date alone. */
	record DateRange(String start, String end, int from, int to) {
	}
}
