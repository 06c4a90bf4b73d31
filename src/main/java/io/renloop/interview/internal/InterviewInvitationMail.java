package io.renloop.interview.internal;

import io.renloop.interview.internal.IcsInvitation.Event;
import io.renloop.interview.internal.IcsInvitation.Person;
import io.renloop.platform.MailMessage;
import io.renloop.platform.MailMessage.Attachment;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.TenantContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a booked or cancelled interview: one to the candidate (when they have an address) and one to each
 * interviewer, each with the same iCalendar invitation attached.
 */
@Component
class InterviewInvitationMail {

	private final OutgoingMail mail;

	private final BilingualMessages messages;

	InterviewInvitationMail(OutgoingMail mail, BilingualMessages messages) {
		this.mail = mail;
		this.messages = messages;
	}

	void invite(HumanInterview interview, Participants participants, Instant now) {
		send(IcsInvitation.REQUEST, "interview.mail.invite", interview, participants, now);
	}

	void cancel(HumanInterview interview, Participants participants, Instant now) {
		send(IcsInvitation.CANCEL, "interview.mail.cancel", interview, participants, now);
	}

	private void send(String method, String key, HumanInterview interview, Participants participants, Instant now) {
		String summary = messages.subject("interview.mail.summary", participants.candidateName());
		String where = Stream.of(interview.location(), interview.meetingUrl())
			.filter(v -> v != null && !v.isBlank())
			.collect(Collectors.joining(" · "));
		String calendar = IcsInvitation.of(method, new Event(interview.id() + "@renloop", interview.sequence(), now,
				interview.startsAt(), interview.endsAt(), summary, interview.note(), interview.location(),
				interview.meetingUrl(), participants.organizer(), participants.everybody()));
		Attachment invitation = new Attachment(IcsInvitation.CANCEL.equals(method) ? "cancel.ics" : "invite.ics",
				"text/calendar; charset=UTF-8; method=" + method, calendar.getBytes(StandardCharsets.UTF_8));
		String subject = messages.subject(key + ".subject", participants.candidateName(),
				messages.time(interview.startsAt()));
		String body = messages.body(key + ".body", participants.candidateName(), messages.time(interview.startsAt()),
				messages.time(interview.endsAt()), where.isEmpty() ? "—" : where,
				interview.note() == null ? "—" : interview.note());
		for (Person recipient : participants.everybody()) {
			mail.send(MailMessage.plain(TenantContext.require(), recipient.email(), subject, body).with(invitation));
		}
	}

	/**
	 * @param organizer who booked the interview
	 * @param candidateName the candidate's name for texts
	 * @param candidate the candidate as an attendee, or null without an e-mail address
	 * @param interviewers the interviewers as attendees
	 */
	record Participants(Person organizer, String candidateName, Person candidate, List<Person> interviewers) {

		List<Person> everybody() {
			List<Person> all = new ArrayList<>();
			if (candidate != null) {
				all.add(candidate);
			}
			all.addAll(interviewers);
			return all;
		}
	}
}
