package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.platform.Role;
import io.renloop.platform.TenantAdministration;
import io.renloop.support.ApiClient;
import io.renloop.support.BrowserSession;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages where people decide: an interviewer rates on the application's page, a recruiter records a decision
 * there and answers human reviews in the queue, and the candidate's page offers a human review after submission.
 */
@RenloopIntegrationTest
class HumanDecisionPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantAdministration administration;

	InterviewSessionFixtures fixtures;

	String token;

	@BeforeEach
	void submittedInterview() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		token = fixtures.startInterview();
		ApiClient candidate = ApiClient.anonymous(port);
		candidate.post("/api/v1/candidate-interview/" + token + "/consent", null);
		candidate.post("/api/v1/candidate-interview/" + token + "/answers",
				Map.of("questionId", fixtures.gasQuestion, "text", CandidateInterviewFlowTests.GAS_ANSWER));
		candidate.post("/api/v1/candidate-interview/" + token + "/submit", null);
	}

	String page() {
		return "/interview/applications/" + fixtures.application;
	}

	@Test
	void anInterviewerRatesOnTheApplicationsPageInEitherLanguage() {
		String login = TestUsers.createUser(administration, DEMO, Role.INTERVIEWER);
		fixtures.assign(new DemoData(jdbc).userId(login));
		BrowserSession interviewer = signedIn(login);
		String zh = interviewer.get(page() + "?lang=zh-CN").body();
		assertThat(zh).contains("综合评估", "我的评分卡", "安全意识", "团队协作", "仅依据 AI 面试").doesNotContain("decision-form",
				"queue-link");

		BrowserSession.Page saved = postForm(interviewer, page() + "/scorecard", Map.of("dimension", "安全意识",
				"rating-0", "4", "note-0", "步骤完整", "recommendation", "YES", "comment", "可以进入下一轮"));
		assertThat(saved.status()).isEqualTo(302);
		String en = interviewer.get(page() + "?lang=en").body();
		assertThat(en).contains("Assessment", "My scorecard (submitting again replaces it)", "75.0 / 100", "Yes",
				"Based on the AI interview and the scorecards.");
		assertThat(jdbc.queryForObject("select count(*) from interview.scorecard where application_id = ?::uuid",
				Long.class, fixtures.application)).isEqualTo(1);

		String incomplete = postForm(interviewer, page() + "/scorecard", Map.of("dimension", "安全意识", "rating-0", "4"))
			.body();
		assertThat(incomplete).contains("scorecard-errors", "choose a recommendation");
	}

	@Test
	void aRecruiterDecidesWithAReasonOnTheApplicationsPage() {
		BrowserSession recruiter = signedIn(TestUsers.createUser(administration, DEMO, Role.RECRUITER));
		assertThat(recruiter.get(page() + "?lang=en").body()).contains("decision-form", "Record decision",
				"AI recommendation", "queue-link");
		String withoutReason = postForm(recruiter, page() + "/decision", Map.of("outcome", "REJECT")).body();
		assertThat(withoutReason).contains("decision-errors", "Give the reason for a rejection.");
		assertThat(postForm(recruiter, page() + "/decision", Map.of("outcome", "ADVANCE", "reason", "达到及格线")).status())
			.isEqualTo(302);
		assertThat(recruiter.get(page()).body()).contains("AI_INTERVIEW → INTERVIEWS", "达到及格线");
		assertThat(jdbc.queryForObject("select stage from recruitment.application where id = ?::uuid", String.class,
				fixtures.application)).isEqualTo("INTERVIEWS");
	}

	@Test
	void theReportLinksToTheAssessment() {
		String session = jdbc.queryForObject("select id::text from interview.session where application_id = ?::uuid "
				+ "and status = 'SUBMITTED'", String.class, fixtures.application);
		assertThat(signedIn("hr@demo.example").get("/interview/sessions/" + session).body()).contains("assessment-link", page());
	}

	@Test
	void theCandidateAsksForAHumanReviewAndARecruiterAnswersInTheQueue() {
		String candidatePage = new BrowserSession(port).get("/interview/" + token).body();
		assertThat(candidatePage).contains("id=\"human-review\"", "申请人工复核", "human-review-request.js")
			.doesNotContain("id=\"human-review\" class=\"card mt-3 d-none\"");
		ApiClient.anonymous(port).post("/api/v1/candidate-interview/" + token + "/human-review", Map.of("reason", "请复核"));
		assertThat(new BrowserSession(port).get("/interview/" + token).body())
			.contains("您已申请人工复核").doesNotContain("human-review-reason");

		String id = jdbc.queryForObject("select id::text from interview.human_review where application_id = ?::uuid",
				String.class, fixtures.application);
		BrowserSession recruiter = signedIn(TestUsers.createUser(administration, DEMO, Role.RECRUITER));
		String queue = recruiter.get("/interview/human-reviews?lang=zh-CN").body();
		assertThat(queue).contains("人工复核申请", "请复核", "/interview/human-reviews/" + id + "/answer");
		assertThat(postForm(recruiter, "/interview/human-reviews/" + id + "/answer",
				Map.of("outcome", "CONFIRMED", "comment", "复核后维持 AI 评估")).status()).isEqualTo(302);
		assertThat(recruiter.get("/interview/human-reviews?status=ANSWERED&lang=en").body()).contains("AI assessment confirmed",
				"复核后维持 AI 评估");
		assertThat(signedIn(TestUsers.createUser(administration, DEMO, Role.INTERVIEWER)).get("/interview/human-reviews")
			.status()).isEqualTo(403);
	}

	@Test
	void beforeSubmissionTheCandidatePageHidesTheRequest() {
		InterviewSessionFixtures fresh = new InterviewSessionFixtures(port, "hr@demo.example", fixtures.departmentId()).withPlan();
		String page = new BrowserSession(port).get("/interview/" + fresh.startInterview()).body();
		assertThat(page).contains("id=\"human-review\" class=\"card mt-3 d-none\"");
	}

	private BrowserSession signedIn(String login) {
		BrowserSession session = new BrowserSession(port);
		assertThat(session.signIn(login, ApiClient.PASSWORD).status()).isEqualTo(302);
		return session;
	}

	private BrowserSession.Page postForm(BrowserSession session, String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.putIfAbsent("_csrf", BrowserSession.csrfTokenOf(session.get(page())));
		return session.postForm(path, form);
	}
}
