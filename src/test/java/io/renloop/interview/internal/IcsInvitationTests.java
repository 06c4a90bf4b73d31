package io.renloop.interview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.internal.IcsInvitation.Event;
import io.renloop.interview.internal.IcsInvitation.Person;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar invitations of scheduled interviews, read back the way a calendar program reads them. */
class IcsInvitationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant START = LocalDateTime.of(2026, 12, 3, 9, 30).atZone(SHANGHAI).toInstant();

	static final Instant END = LocalDateTime.of(2026, 12, 3, 10, 15).atZone(SHANGHAI).toInstant();

	static final Event EVENT = new Event("6f1c2e0a-0000-4000-8000-000000000001@renloop", 0,
			Instant.parse("2026-12-01T08:00:00.123Z"), START, END, "面试：张伟 / Interview: 张伟",
			"请携带身份证; bring your ID, please.\nRoom 3\\B", "北京市朝阳区 望京 SOHO T1, 12层 会议室 A",
			"https://meet.example.com/j/123", new Person("Recruiter \"Li\"", "recruiter@demo.example"),
			List.of(new Person("张伟", "zhang.wei@example.com"), new Person("Interviewer", "interviewer@demo.example")));

	@Test
	void timesAreUtcAcrossTheShanghaiOffset() {
		List<String> lines = unfolded(IcsInvitation.of(IcsInvitation.REQUEST, EVENT));

		assertThat(lines).contains("DTSTART:20261203T013000Z", "DTEND:20261203T021500Z", "DTSTAMP:20261201T080000Z");
	}

	@Test
	void requestHasTheRequiredPropertiesInOrder() {
		List<String> lines = unfolded(IcsInvitation.of(IcsInvitation.REQUEST, EVENT));

		assertThat(lines).startsWith("BEGIN:VCALENDAR", "PRODID:-//Renloop//Interview scheduling//EN", "VERSION:2.0",
				"CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
				"UID:6f1c2e0a-0000-4000-8000-000000000001@renloop", "SEQUENCE:0");
		assertThat(lines).endsWith("STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR");
		assertThat(lines).contains("ORGANIZER;CN=\"Recruiter Li\":mailto:recruiter@demo.example",
				"ATTENDEE;CN=\"张伟\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:zhang.wei@example.com",
				"URL:https://meet.example.com/j/123");
	}

	@Test
	void textValuesAreEscaped() {
		List<String> lines = unfolded(IcsInvitation.of(IcsInvitation.REQUEST, EVENT));

		assertThat(lines).contains("DESCRIPTION:请携带身份证\\; bring your ID\\, please.\\nRoom 3\\\\B",
				"LOCATION:北京市朝阳区 望京 SOHO T1\\, 12层 会议室 A");
	}

	@Test
	void linesEndWithCrlfAndAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() {
		String calendar = IcsInvitation.of(IcsInvitation.REQUEST, EVENT);

		assertThat(calendar).endsWith("\r\n");
		assertThat(calendar.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		String[] physical = calendar.split("\r\n");
		assertThat(physical).allSatisfy(line -> {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
		});
		assertThat(Arrays.stream(physical).filter(l -> l.startsWith(" "))).as("some lines are folded").isNotEmpty();
	}

	@Test
	void foldingKeepsEveryCharacterOfALongChineseLine() {
		String line = "SUMMARY:" + "安全面试".repeat(40);

		String folded = IcsInvitation.fold(line);

		assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
		assertThat(folded.split("\r\n")).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
	}

	@Test
	void cancellationKeepsTheUidAndRaisesTheSequence() {
		Event cancelled = new Event(EVENT.uid(), 1, EVENT.stamp(), START, END, EVENT.summary(), null, null, null,
				EVENT.organizer(), EVENT.attendees());

		List<String> lines = unfolded(IcsInvitation.of(IcsInvitation.CANCEL, cancelled));

		assertThat(lines).contains("METHOD:CANCEL", "UID:" + EVENT.uid(), "SEQUENCE:1", "STATUS:CANCELLED");
		assertThat(lines).noneMatch(l -> l.startsWith("LOCATION") || l.startsWith("DESCRIPTION"));
	}

	/** RFC 5545 section 3.1: a CRLF followed by one space continues the previous line. */
	static List<String> unfolded(String calendar) {
		return List.of(calendar.replace("\r\n ", "").split("\r\n"));
	}
}
