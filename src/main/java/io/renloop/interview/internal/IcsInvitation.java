package io.renloop.interview.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An interview as an iCalendar object (RFC 5545) for calendar programs: one VEVENT with times in UTC, text
 * values escaped, lines folded at 75 octets without splitting a UTF-8 character, and CRLF line ends.
 */
final class IcsInvitation {

	static final String REQUEST = "REQUEST";

	static final String CANCEL = "CANCEL";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	private IcsInvitation() {
	}

	/**
	 * @param method {@link #REQUEST} to invite or update, {@link #CANCEL} to cancel
	 * @return the calendar object, ready to attach as {@code text/calendar}
	 */
	static String of(String method, Event event) {
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VCALENDAR");
		lines.add("PRODID:-//Renloop//Interview scheduling//EN");
		lines.add("VERSION:2.0");
		lines.add("CALSCALE:GREGORIAN");
		lines.add("METHOD:" + method);
		lines.add("BEGIN:VEVENT");
		lines.add("UID:" + event.uid());
		lines.add("SEQUENCE:" + event.sequence());
		lines.add("DTSTAMP:" + utc(event.stamp()));
		lines.add("DTSTART:" + utc(event.start()));
		lines.add("DTEND:" + utc(event.end()));
		lines.add("SUMMARY:" + text(event.summary()));
		if (event.location() != null) {
			lines.add("LOCATION:" + text(event.location()));
		}
		if (event.description() != null) {
			lines.add("DESCRIPTION:" + text(event.description()));
		}
		if (event.url() != null) {
			lines.add("URL:" + event.url().replaceAll("[\\s\"]", ""));
		}
		lines.add("ORGANIZER;CN=" + parameter(event.organizer().name()) + ":mailto:" + event.organizer().email());
		for (Person attendee : event.attendees()) {
			lines.add("ATTENDEE;CN=" + parameter(attendee.name())
					+ ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + attendee.email());
		}
		lines.add("STATUS:" + (CANCEL.equals(method) ? "CANCELLED" : "CONFIRMED"));
		lines.add("END:VEVENT");
		lines.add("END:VCALENDAR");
		StringBuilder calendar = new StringBuilder();
		lines.forEach(line -> calendar.append(fold(line)).append("\r\n"));
		return calendar.toString();
	}

	static String utc(Instant instant) {
		return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** A TEXT value: backslash, semicolon and comma escaped, line breaks as {@code \n}. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\r", "\\n")
			.replace("\n", "\\n");
	}

	/** A parameter value in double quotes, which may not contain double quotes or control characters. */
	private static String parameter(String value) {
		return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
	}

	/** Splits a content line into lines of at most 75 octets; each continuation starts with a space. */
	static String fold(String line) {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return folded.toString();
	}

	/** A person with a calendar address. */
	record Person(String name, String email) {
	}

	/**
	 * @param uid stays the same for every revision of the event
	 * @param sequence the revision, raised by a cancellation
	 * @param url the online meeting, or null
	 */
	record Event(String uid, int sequence, Instant stamp, Instant start, Instant end, String summary,
			String description, String location, String url, Person organizer, List<Person> attendees) {
	}
}
