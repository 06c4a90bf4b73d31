package io.renloop.attendance.internal.clock;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SheetTable;
import io.renloop.platform.SpreadsheetReader;
import io.renloop.platform.UnreadableFileException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A terminal export read into punches: the header names the columns in English or Chinese, in any order; the time is
 * one column (date and time) or two (日期 and 时间), in the formats terminals and spreadsheet programs write —
 * {@code 2026-03-02 08:55:00}, {@code 2026/3/2 8:55}, {@code 2026.03.02 08:55}, {@code 20260302085500}, or ISO-8601
 * with an offset. Times without an offset are the tenant's local time. Pure: no Spring, no database.
 */
record PunchFile(List<Punch> punches, List<Problem> problems) {

	private static final Map<String, String> COLUMNS = columns();

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]", Locale.ROOT)
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/** {@code 20260302085500} or {@code 202603020855}, as some terminals write. */
	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?");

	private static final Pattern TIME_ONLY = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");

	/** A row that became a punch, with its number in the sheet. */
	record Punch(int row, String employeeNo, Instant at, String deviceId) {
	}

	/** What is wrong with a row, as a message key. */
	record Problem(int row, String field, String messageKey, Object... arguments) {
	}

	static PunchFile read(String fileName, byte[] content, ZoneId zone) {
		SheetTable table;
		try {
			table = SpreadsheetReader.read(fileName, content);
		}
		catch (UnreadableFileException ex) {
			throw InvalidFieldsException.of("file", ex.messageKey(), ex.arguments());
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			String column = COLUMNS.get(table.header().get(i).strip().replace(" ", "").toLowerCase(Locale.ROOT));
			if (column != null) {
				index.putIfAbsent(column, i);
			}
		}
		for (String required : List.of("employeeNo", "time")) {
			if (!index.containsKey(required)) {
				throw InvalidFieldsException.of("file", "timeclock.import.missingColumn", required);
			}
		}
		List<Punch> punches = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (SheetTable.Row row : table.rows()) {
			String number = row.cell(index.get("employeeNo")).strip();
			String time = row.cell(index.get("time")).strip();
			if (index.containsKey("date") && TIME_ONLY.matcher(time).matches()) {
				time = row.cell(index.get("date")).strip() + " " + time;
			}
			String device = index.containsKey("deviceId") ? row.cell(index.get("deviceId")).strip() : "";
			Instant at = instant(time, zone);
			if (number.isEmpty()) {
				problems.add(new Problem(row.number(), "employeeNo", "timeclock.import.noEmployee"));
			}
			else if (at == null) {
				problems.add(new Problem(row.number(), "time", "timeclock.import.time", time));
			}
			else if (device.length() > 64) {
				problems.add(new Problem(row.number(), "deviceId", "timeclock.import.device"));
			}
			else {
				punches.add(new Punch(row.number(), number, at, device.isEmpty() ? null : device));
			}
		}
		if (punches.isEmpty() && problems.isEmpty()) {
			throw InvalidFieldsException.of("file", "error.import.emptyFile");
		}
		return new PunchFile(punches, problems);
	}

	/** The instant of a time as written, or null when it is none of the formats. */
	static Instant instant(String text, ZoneId zone) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notIsoWithOffset) {
			// a local time, below
		}
		try {
			Matcher compact = COMPACT.matcher(text);
			if (compact.matches()) {
				return LocalDateTime.of(number(compact, 1), number(compact, 2), number(compact, 3), number(compact, 4),
						number(compact, 5), compact.group(6) == null ? 0 : number(compact, 6)).atZone(zone).toInstant();
			}
			String normalised = text.replace('/', '-').replace('.', '-').replace('T', ' ').replaceAll("\\s+", " ");
			return LocalDateTime.parse(normalised, LOCAL).atZone(zone).toInstant();
		}
		catch (java.time.DateTimeException notATime) {
			return null;
		}
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

	/** The stable event id of a punch: the same employee at the same second is the same event, whatever the file. */
	static String eventId(String employeeNo, Instant at) {
		String id = "F" + employeeNo + "@" + at.getEpochSecond();
		return id.length() <= 100 ? id : "F" + Integer.toHexString(employeeNo.hashCode()) + "@" + at.getEpochSecond();
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new HashMap<>();
		List.of("employeeno", "employee_no", "工号", "员工编号", "人员编号", "考勤号", "考勤号码", "编号")
			.forEach(name -> columns.put(name, "employeeNo"));
		List.of("time", "datetime", "at", "时间", "打卡时间", "日期时间", "签到时间", "考勤时间")
			.forEach(name -> columns.put(name, "time"));
		List.of("date", "日期").forEach(name -> columns.put(name, "date"));
		List.of("deviceid", "device", "设备", "设备号", "设备编号", "机器号", "考勤机")
			.forEach(name -> columns.put(name, "deviceId"));
		return columns;
	}
}
