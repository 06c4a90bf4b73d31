package io.renloop.interview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.internal.IcsInvitation.Person;
import io.renloop.interview.internal.InterviewInvitationMail.Participants;
import io.renloop.platform.MailMessage;
import io.renloop.platform.MailMessage.Attachment;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The e-mails of a booked interview in a tenant on Shanghai time, with their calendar files read back. */
class InterviewInvitationMailTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final List<MailMessage> sent = new ArrayList<>();

	final InterviewInvitationMail mail = new InterviewInvitationMail(sent::add,
			new BilingualMessages(messages(), new ShanghaiTenant()));

	final HumanInterview interview = new HumanInterview(UUID.randomUUID(), UUID.randomUUID(),
			List.of(UUID.randomUUID()), LocalDateTime.of(2026, 12, 3, 9, 30).atZone(SHANGHAI).toInstant(),
			LocalDateTime.of(2026, 12, 3, 10, 30).atZone(SHANGHAI).toInstant(), "会议室 A, 3 楼", null, "请携带身份证",
			true, "recruiter@demo.example", Instant.parse("2026-12-01T00:00:00Z"));

	final Participants participants = new Participants(new Person("招聘专员", "recruiter@demo.example"), "张伟",
			new Person("张伟", "zhang.wei@example.com"), List.of(new Person("面试官", "interviewer@demo.example")));

	@Test
	void candidateAndInterviewerEachGetTheInvitationWithTheCalendarFile() {
		TenantContext.runAs("demo", () -> mail.invite(interview, participants, Instant.parse("2026-12-01T08:00:00Z")));

		assertThat(sent).extracting(MailMessage::to).containsExactly("zhang.wei@example.com", "interviewer@demo.example");
		MailMessage toCandidate = sent.get(0);
		assertThat(toCandidate.subject()).isEqualTo("面试邀请：张伟，2026-12-03 09:30 (Asia/Shanghai) / "
				+ "Interview invitation: 张伟, 2026-12-03 09:30 (Asia/Shanghai)");
		assertThat(toCandidate.text()).contains("开始：2026-12-03 09:30 (Asia/Shanghai)")
			.contains("To: 2026-12-03 10:30 (Asia/Shanghai)")
			.contains("会议室 A, 3 楼");
		Attachment ics = toCandidate.attachments().get(0);
		assertThat(ics.name()).isEqualTo("invite.ics");
		assertThat(ics.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
		List<String> lines = IcsInvitationTests.unfolded(new String(ics.content(), StandardCharsets.UTF_8));
		assertThat(lines).contains("METHOD:REQUEST", "DTSTART:20261203T013000Z", "DTEND:20261203T023000Z",
				"UID:" + interview.id() + "@renloop", "SEQUENCE:0", "LOCATION:会议室 A\\, 3 楼",
				"DESCRIPTION:请携带身份证", "ORGANIZER;CN=\"招聘专员\":mailto:recruiter@demo.example",
				"SUMMARY:面试：张伟 / Interview: 张伟");
		assertThat(lines).filteredOn(l -> l.startsWith("ATTENDEE")).hasSize(2)
			.anyMatch(l -> l.endsWith(":mailto:zhang.wei@example.com"))
			.anyMatch(l -> l.endsWith(":mailto:interviewer@demo.example"));
		assertThat(sent.get(1).attachments().get(0).content()).isEqualTo(ics.content());
	}

	@Test
	void cancellationSendsMethodCancelWithTheSameUidAndAHigherSequence() {
		interview.cancel(Instant.parse("2026-12-02T00:00:00Z"));

		TenantContext.runAs("demo", () -> mail.cancel(interview, participants, Instant.parse("2026-12-02T00:00:00Z")));

		Attachment ics = sent.get(0).attachments().get(0);
		assertThat(ics.name()).isEqualTo("cancel.ics");
		assertThat(IcsInvitationTests.unfolded(new String(ics.content(), StandardCharsets.UTF_8))).contains(
				"METHOD:CANCEL", "UID:" + interview.id() + "@renloop", "SEQUENCE:1", "STATUS:CANCELLED");
		assertThat(sent.get(0).subject()).startsWith("面试取消：张伟");
	}

	@Test
	void candidateWithoutAddressGetsNothingAndIsNoAttendee() {
		Participants withoutCandidateMail = new Participants(participants.organizer(), "张伟", null,
				participants.interviewers());

		TenantContext.runAs("demo", () -> mail.invite(interview, withoutCandidateMail, Instant.now()));

		assertThat(sent).extracting(MailMessage::to).containsExactly("interviewer@demo.example");
		assertThat(new String(sent.get(0).attachments().get(0).content(), StandardCharsets.UTF_8))
			.doesNotContain("zhang.wei@example.com");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/interview");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** The one tenant these e-mails are sent in: demo, on Shanghai time. */
	static class ShanghaiTenant implements TenantAdministration {

		@Override
		public Optional<TenantView> tenant(String tenantId) {
			return Optional.of(new TenantView(tenantId, "示例能源集团", "zh-CN", "Asia/Shanghai"));
		}

		@Override
		public boolean anyTenantExists() {
			return true;
		}

		@Override
		public void createTenant(String tenantId, String name, String locale, String timeZone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public UUID createUser(NewUser user) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<UserView> users() {
			return List.of();
		}

		@Override
		public UserView user(UUID id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<UUID> userOfEmployee(UUID employeeId) {
			return Optional.empty();
		}

		@Override
		public List<UUID> holdersOf(io.renloop.platform.Role role) {
			return List.of();
		}

		@Override
		public UserView changeAccess(UUID id, ChangeAccess change) {
			throw new UnsupportedOperationException();
		}

		@Override
		public UserView changePassword(UUID id, String rawPassword) {
			throw new UnsupportedOperationException();
		}

		@Override
		public UserView unlock(UUID id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void changeMyLocale(String locale) {
			throw new UnsupportedOperationException();
		}
	}
}
