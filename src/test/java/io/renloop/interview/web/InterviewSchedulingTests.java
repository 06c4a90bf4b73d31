package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * E-mails about interviews, read from the developer outbox of demo mode: the AI interview link, and interviews with
 * people booked inside the interviewers' available time with iCalendar invitations.
 */
@RenloopIntegrationTest
class InterviewSchedulingTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	String interviewer;

	UUID interviewerId;

	/** 09:00 in Shanghai, a month ahead. */
	LocalDateTime morning = LocalDate.now(SHANGHAI).plusDays(30).atTime(9, 0);

	@BeforeEach
	void freshRequisitionAndInterviewer() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"));
		hr = ApiClient.as(port, "hr@demo.example");
		interviewer = TestUsers.createUser(administration, DEMO, Role.INTERVIEWER);
		interviewerId = userId(interviewer);
	}

	@Test
	void aiInterviewLinkIsEmailedToTheCandidateWithItsExpiry() {
		fixtures.withPlan();
		String email = TestUsers.unique("cand") + "@example.com";
		String application = applicationWithEmail(email);

		JsonNode started = hr.post("/api/v1/applications/" + application + "/ai-interview", null).json();

		assertThat(started.get("emailed").asBoolean()).isTrue();
		String url = started.get("candidateUrl").asString();
		assertThat(url).contains("/interview/");
		JsonNode message = outboxMessagesTo(email).get(0);
		assertThat(message.get("subject").asString()).isEqualTo("您的在线面试 / Your online interview");
		assertThat(message.get("text").asString()).contains(url).contains("链接有效期至").contains("valid until")
			.contains("(Asia/Shanghai)");
	}

	@Test
	void candidateWithoutEmailIsNotEmailedAndTheResponseSaysSo() {
		fixtures.withPlan();

		JsonNode started = hr.post("/api/v1/applications/" + fixtures.application + "/ai-interview", null).json();

		assertThat(started.get("emailed").asBoolean()).isFalse();
		assertThat(started.get("sessionId").asString()).isNotBlank();
		assertThat(started.get("candidateUrl").asString()).contains("/interview/");
	}

	@Test
	void interviewerRecordsOwnAvailabilityOnly() {
		ApiClient self = ApiClient.as(port, interviewer);
		UUID colleague = userId(TestUsers.createUser(administration, DEMO, Role.INTERVIEWER));

		assertThat(self.post(availability(interviewerId), period(morning, morning.plusHours(3))).status()).isEqualTo(201);
		assertProblem(self.post(availability(colleague), period(morning, morning.plusHours(3))), 403);
		assertThat(hr.post(availability(colleague), period(morning, morning.plusHours(1))).status()).isEqualTo(201);

		JsonNode slots = self.get(availability(interviewerId)).json();
		assertThat(slots.valueStream().map(s -> s.get("start").asString())).containsExactly(instant(morning).toString());
	}

	@Test
	void availabilityMustEndAfterItStarts() {
		assertProblem(hr.post(availability(interviewerId), period(morning, morning)), 400);
	}

	@Test
	void interviewOutsideTheAvailableTimeIsRefused() {
		hr.post(availability(interviewerId), period(morning, morning.plusHours(2)));

		JsonNode problem = assertProblem(hr.post(interviews(fixtures.application),
				booking(morning.plusHours(1), morning.plusHours(3))), 409);

		assertThat(problem.get("detail").asString()).contains("Test INTERVIEWER");
		assertThat(jdbc.queryForObject("select count(*) from interview.scheduled_interview where application_id = ?::uuid",
				Long.class, fixtures.application)).isZero();
	}

	@Test
	void touchingSlotsCountAsOneStretch() {
		hr.post(availability(interviewerId), period(morning, morning.plusHours(1)));
		hr.post(availability(interviewerId), period(morning.plusHours(1), morning.plusHours(2)));

		assertThat(hr.post(interviews(fixtures.application), booking(morning.plusMinutes(30), morning.plusMinutes(90)))
			.status()).isEqualTo(201);
	}

	@Test
	void overlappingAnotherInterviewOfTheInterviewerIsRefused() {
		hr.post(availability(interviewerId), period(morning, morning.plusHours(4)));
		assertThat(hr.post(interviews(fixtures.application), booking(morning, morning.plusHours(1))).status())
			.isEqualTo(201);

		JsonNode problem = assertProblem(hr.inLanguage("en").post(interviews(applicationWithEmail(TestUsers.unique("c") + "@example.com")),
				booking(morning.plusMinutes(30), morning.plusMinutes(90))), 409);

		assertThat(problem.get("detail").asString()).contains("already has an interview");
		assertThat(hr.post(interviews(fixtures.application), booking(morning.plusHours(1), morning.plusHours(2))).status())
			.as("back to back is fine").isEqualTo(201);
	}

	@Test
	void bookingInvitesCandidateAndInterviewerAndCancellingCancelsForBoth() {
		String email = TestUsers.unique("cand") + "@example.com";
		String application = applicationWithEmail(email);
		hr.post(availability(interviewerId), period(morning, morning.plusHours(2)));

		JsonNode booked = hr.post(interviews(application), booking(morning, morning.plusHours(1))).json();

		assertThat(booked.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(booked.get("candidateEmailed").asBoolean()).isTrue();
		assertThat(booked.get("start").asString()).isEqualTo(instant(morning).toString());
		assertThat(attachmentsTo(email)).containsExactly("invite.ics");
		assertThat(attachmentsTo(interviewer)).containsExactly("invite.ics");
		assertThat(outboxMessagesTo(interviewer).get(0).get("text").asString())
			.contains(morning.toLocalDate() + " 09:00 (Asia/Shanghai)");
		assertThat(hr.get(interviews(application)).json().valueStream().map(i -> i.get("id").asString()))
			.containsExactly(booked.get("id").asString());

		String cancel = interviews(application) + "/" + booked.get("id").asString();
		assertThat(hr.delete(cancel).json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(attachmentsTo(email)).containsExactly("cancel.ics", "invite.ics");
		assertThat(attachmentsTo(interviewer)).containsExactly("cancel.ics", "invite.ics");
		assertProblem(hr.delete(cancel), 409);
	}

	@Test
	void someoneWithoutInterviewAccessCannotBeBookedAsInterviewer() {
		UUID employee = userId(TestUsers.createUser(administration, DEMO, Role.EMPLOYEE));

		assertProblem(hr.post(interviews(fixtures.application), Map.of("interviewerUserIds", List.of(employee),
				"start", instant(morning), "end", instant(morning.plusHours(1)))), 400);
	}

	@Test
	void schedulePageBooksInTheTenantsTimeZone() {
		hr.post(availability(interviewerId), period(morning, morning.plusHours(2)));
		BrowserSession browser = new BrowserSession(port);
		browser.signIn(TestUsers.createUser(administration, DEMO, Role.HR_ADMIN), ApiClient.PASSWORD);
		String path = "/interview/applications/" + fixtures.application + "/schedule";
		BrowserSession.Page page = browser.get(path + "?lang=en");
		assertThat(page.body()).contains("Schedule interviews").contains("Asia/Shanghai");
		assertThat(browser.get(path + "?lang=zh-CN").body()).contains("安排面试");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", BrowserSession.csrfTokenOf(page));
		form.put("interviewerUserIds", interviewerId.toString());
		form.put("start", morning.plusMinutes(30).toString());
		form.put("end", morning.plusMinutes(75).toString());
		form.put("location", "会议室 A");
		assertThat(browser.postForm(path, form).location()).endsWith(path);

		JsonNode booked = hr.get(interviews(fixtures.application)).json().get(0);
		assertThat(booked.get("start").asString())
			.isEqualTo(morning.plusMinutes(30).atZone(SHANGHAI).toInstant().toString())
			.isEqualTo(morning.plusMinutes(30).minusHours(8) + ":00Z");
		assertThat(browser.get(path).body()).contains("会议室 A");
	}

	private String applicationWithEmail(String email) {
		JsonNode receipt = hr.post("/api/v1/requisitions/" + fixtures.requisition + "/applications", Map.of("name",
				"邮件候选人", "email", email, "channel", "OTHER", "consent", true)).json();
		return receipt.get("applicationId").asString();
	}

	private List<JsonNode> outboxMessagesTo(String to) {
		return ApiClient.as(port, "admin@demo.example")
			.get("/api/v1/dev/outbox?size=200")
			.json()
			.get("content")
			.valueStream()
			.filter(m -> m.get("to").asString().equals(to))
			.toList();
	}

	private List<String> attachmentsTo(String to) {
		return outboxMessagesTo(to).stream()
			.flatMap(m -> m.get("attachments").valueStream().map(JsonNode::asString))
			.toList();
	}

	private UUID userId(String email) {
		return jdbc.queryForObject("select id from platform.user_account where email = ?", UUID.class, email);
	}

	private static String availability(UUID userId) {
		return "/api/v1/interviewers/" + userId + "/availability";
	}

	private static String interviews(String application) {
		return "/api/v1/applications/" + application + "/interviews";
	}

	private static Instant instant(LocalDateTime shanghai) {
		return shanghai.atZone(SHANGHAI).toInstant();
	}

	private static Map<String, Object> period(LocalDateTime start, LocalDateTime end) {
		return Map.of("start", instant(start), "end", instant(end));
	}

	private Map<String, Object> booking(LocalDateTime start, LocalDateTime end) {
		return Map.of("interviewerUserIds", List.of(interviewerId), "start", instant(start), "end", instant(end),
				"location", "北京市朝阳区, 会议室 A", "note", "请携带身份证");
	}
}
