package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A candidate asks for a person to review the AI interview: with the link's token, after submission, once; the
 * request lands in the requisition owner's queue with a deadline, is flagged when overdue and answered by a person.
 */
@RenloopIntegrationTest
class HumanReviewApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	ApiClient candidate;

	String token;

	@BeforeEach
	void interview() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		hr = ApiClient.as(port, "hr@demo.example");
		candidate = ApiClient.anonymous(port);
		token = fixtures.startInterview();
		candidate.post(api() + "/consent", null);
	}

	String api() {
		return "/api/v1/candidate-interview/" + token;
	}

	void submit() {
		candidate.post(api() + "/answers", Map.of("questionId", fixtures.gasQuestion, "text", CandidateInterviewFlowTests.GAS_ANSWER));
		assertThat(candidate.post(api() + "/submit", null).status()).isEqualTo(200);
	}

	@Test
	void aSubmittedInterviewCanBeReviewedByAPersonOnce() {
		JsonNode early = assertProblem(candidate.post(api() + "/human-review", Map.of()), 409);
		assertThat(early.get("code").asString()).isEqualTo("interview.humanReview.notSubmitted");
		submit();
		assertThat(candidate.get(api()).json().get("humanReview").isNull()).isTrue();

		Instant before = Instant.now();
		ApiClient.Response requested = candidate.post(api() + "/human-review", Map.of("reason", "我认为第二题的评分没有体现我的实际经验"));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		assertThat(requested.json().get("status").asString()).isEqualTo("OPEN");
		Instant due = Instant.parse(requested.json().get("dueAt").asString());
		assertThat(due).as("5 business days: at least 7 calendar days, at most 9")
			.isBetween(before.plus(Duration.ofDays(7)).minusSeconds(5), before.plus(Duration.ofDays(9)).plusSeconds(5));
		assertThat(candidate.get(api()).json().at("/humanReview/status").asString()).isEqualTo("OPEN");

		JsonNode again = assertProblem(candidate.post(api() + "/human-review", null), 409);
		assertThat(again.get("code").asString()).isEqualTo("interview.humanReview.already");
		assertThat(jdbc.queryForObject("select count(*) from interview.human_review where application_id = ?::uuid",
				Long.class, fixtures.application)).isEqualTo(1);
	}

	@Test
	void theRequestIsRoutedToTheRequisitionsOwnerAndAnsweredByAPerson() {
		submit();
		candidate.post(api() + "/human-review", Map.of("reason", "请人工复核"));
		JsonNode open = request(hr.get("/api/v1/human-reviews?status=OPEN").json());
		assertThat(open.get("assignedTo").asString()).isEqualTo("hr@demo.example");
		assertThat(open.get("reason").asString()).isEqualTo("请人工复核");
		assertThat(open.get("overdue").asBoolean()).isFalse();
		String id = open.get("id").asString();

		jdbc.update("update interview.human_review set due_at = now() - interval '1 hour' where id = ?::uuid", id);
		assertThat(request(hr.get("/api/v1/human-reviews?status=OPEN").json()).get("overdue").asBoolean()).isTrue();

		assertThat(errorFields(assertProblem(hr.post("/api/v1/human-reviews/" + id + "/answer",
				Map.of("outcome", "REVISED")), 400))).containsExactly("comment");
		assertProblem(ApiClient.as(port, "interviewer@demo.example").post("/api/v1/human-reviews/" + id + "/answer",
				Map.of("outcome", "CONFIRMED", "comment", "同意")), 403);
		ApiClient.Response answered = ApiClient.as(port, "recruiter@demo.example").post("/api/v1/human-reviews/" + id + "/answer",
				Map.of("outcome", "REVISED", "comment", "复核录音后认为第二题应为 4 分，建议进入业务面试"));
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
		assertThat(answered.json().get("answeredBy").asString()).isEqualTo("recruiter@demo.example");
		assertThat(answered.json().get("overdue").asBoolean()).isFalse();
		assertProblem(hr.post("/api/v1/human-reviews/" + id + "/answer", Map.of("outcome", "CONFIRMED", "comment", "再答")), 409);

		assertThat(hr.get("/api/v1/human-reviews?status=OPEN").body()).doesNotContain(id);
		assertThat(request(hr.get("/api/v1/human-reviews?status=ANSWERED").json()).get("outcome").asString()).isEqualTo("REVISED");
		assertThat(candidate.get(api()).json().at("/humanReview/status").asString()).isEqualTo("ANSWERED");
		assertThat(jdbc.queryForList("select action from platform.audit_event where entity_type = 'HumanReview' "
				+ "and entity_id = ? order by occurred_at", String.class, id)).containsExactly("REQUEST", "ANSWER");
		assertThat(errorFields(assertProblem(hr.get("/api/v1/human-reviews?status=LOST"), 400))).containsExactly("status");
	}

	@Test
	void aRequestIsAcceptedAfterTheLinkExpiredButNotAfterTheGrace() {
		submit();
		assertThat(errorFields(assertProblem(candidate.post(api() + "/human-review", Map.of("reason", "长".repeat(1001))), 400)))
			.containsExactly("reason");
		jdbc.update("update interview.session set expires_at = now() - interval '31 days' where application_id = ?::uuid",
				fixtures.application);
		assertProblem(candidate.post(api() + "/human-review", null), 410);
		jdbc.update("update interview.session set expires_at = now() - interval '1 day' where application_id = ?::uuid",
				fixtures.application);
		assertThat(candidate.post(api() + "/human-review", null).status()).isEqualTo(201);
	}

	@Test
	void acmeNeitherSeesNorAnswersDemoRequests() {
		submit();
		candidate.post(api() + "/human-review", null);
		String id = request(hr.get("/api/v1/human-reviews").json()).get("id").asString();
		ApiClient acme = ApiClient.as(port, "hr@acme.example");
		assertThat(acme.get("/api/v1/human-reviews").body()).doesNotContain(id).doesNotContain(fixtures.application);
		assertProblem(acme.post("/api/v1/human-reviews/" + id + "/answer", Map.of("outcome", "CONFIRMED", "comment", "x")), 404);
		assertThat(jdbc.queryForObject("select status from interview.human_review where id = ?::uuid", String.class, id))
			.isEqualTo("OPEN");
	}

	private JsonNode request(JsonNode queue) {
		return queue.valueStream()
			.filter(r -> r.get("applicationId").asString().equals(fixtures.application))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no request of " + fixtures.application + " in " + queue));
	}
}
