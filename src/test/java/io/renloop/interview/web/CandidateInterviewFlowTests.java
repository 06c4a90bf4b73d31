package io.renloop.interview.web;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static io.renloop.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.interview.CandidateInterviews;
import io.renloop.interview.InterviewScored;
import io.renloop.interview.InterviewSessionFixtures;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantTime;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * The AI interview from link to report: HR starts it, the candidate consents, answers (overwriting, late,
 * oversized and unknown answers are refused clearly), submits once, and HR reads a deterministic report.
 */
@RenloopIntegrationTest
@RecordApplicationEvents
class CandidateInterviewFlowTests {

	static final String GAS_ANSWER = "发现瓦斯浓度超标，我会立即停止作业，切断工作面电源，组织人员沿避灾路线撤离到新鲜风流处，"
			+ "第一时间报告调度室，说明地点和浓度，绝不擅自处理，等通风队检测确认后再恢复作业。";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CandidateInterviews interviews;

	@Autowired
	TenantTime tenantTime;

	InterviewSessionFixtures fixtures;

	ApiClient hr;

	ApiClient candidate;

	@BeforeEach
	void interview() {
		fixtures = new InterviewSessionFixtures(port, "hr@demo.example", new DemoData(jdbc).departmentId(DEMO, "MINING"))
			.withPlan();
		hr = ApiClient.as(port, "hr@demo.example");
		candidate = ApiClient.anonymous(port);
	}

	String api(String token) {
		return "/api/v1/candidate-interview/" + token;
	}

	Map<String, Object> answer(String questionId, String text) {
		return Map.of("questionId", questionId, "text", text);
	}

	@Test
	void startingGivesASignedLinkAndMovesAScreenedApplication() {
		ApiClient.Response started = hr.post("/api/v1/applications/" + fixtures.application + "/ai-interview", null);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(started.json().get("candidateUrl").asString())
			.matches("http://localhost:\\d+/interview/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		assertThat(jdbc.queryForObject("select stage from recruitment.application where id = ?::uuid", String.class,
				fixtures.application)).isEqualTo("AI_INTERVIEW");

		fixtures.startInterview();
		assertThat(jdbc.queryForObject("select stage from recruitment.application where id = ?::uuid", String.class,
				fixtures.application)).as("a second interview leaves the stage").isEqualTo("AI_INTERVIEW");
	}

	@Test
	void requisitionWithoutPlanCannotStartAnInterview() {
		InterviewSessionFixtures noPlan = new InterviewSessionFixtures(port, "hr@demo.example", fixtures.departmentId());
		JsonNode problem = assertProblem(hr.post("/api/v1/applications/" + noPlan.application + "/ai-interview", null), 409);
		assertThat(problem.get("code").asString()).isEqualTo("interview.session.noPlan");
	}

	@Test
	void candidateSeesNoticeAndQuestionsInOrderButNeverTheRubric() {
		String token = fixtures.startInterview();
		ApiClient.Response state = candidate.get(api(token));
		assertThat(state.status()).as(state.body()).isEqualTo(200);
		JsonNode json = state.json();
		assertThat(json.get("status").asString()).isEqualTo("CREATED");
		assertThat(json.get("language").asString()).isEqualTo("zh");
		assertThat(json.at("/notice/notAnalysed").asString()).contains("情绪").contains("面部").contains("声音");
		assertThat(json.at("/questions/0/id").asString()).isEqualTo(fixtures.gasQuestion);
		assertThat(json.at("/questions/1/id").asString()).isEqualTo(fixtures.starQuestion);
		assertThat(json.at("/questions/0/timeLimitSeconds").asInt()).isEqualTo(180);
		assertThat(state.body()).doesNotContain("keyPoints", "rubric", "立即停止作业，切断工作面电源", "score");
	}

	@Test
	void answersNeedConsentAndOverwriteEarlierOnes() {
		String token = fixtures.startInterview();
		JsonNode beforeConsent = assertProblem(candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, "先答")), 409);
		assertThat(beforeConsent.get("code").asString()).isEqualTo("interview.session.noConsent");

		assertThat(candidate.post(api(token) + "/consent", null).json().get("status").asString()).isEqualTo("CONSENTED");
		assertThat(candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, "第一版")).status()).isEqualTo(200);
		JsonNode saved = candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, "第二版")).json();
		assertThat(saved.at("/questions/0/answer").asString()).isEqualTo("第二版");
		assertThat(candidate.get(api(token)).json().at("/questions/0/answer").asString()).isEqualTo("第二版");
		assertThat(jdbc.queryForObject("select count(*) from interview.session_answer where question_id = ?::uuid "
				+ "and text is not null and session_id = (select id from interview.session where application_id = ?::uuid)",
				Long.class, fixtures.gasQuestion, fixtures.application)).isEqualTo(1);
	}

	@Test
	void oversizedUnknownAndLateAnswersAreRefusedClearly() {
		String token = fixtures.startInterview();
		candidate.post(api(token) + "/consent", null);
		JsonNode tooLong = assertProblem(candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, "长".repeat(5001))), 413);
		assertThat(tooLong.get("code").asString()).isEqualTo("interview.answer.tooLong");
		assertThat(candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, "长".repeat(5000))).status()).isEqualTo(200);

		assertThat(errorFields(assertProblem(candidate.post(api(token) + "/answers",
				answer(java.util.UUID.randomUUID().toString(), "答案")), 400))).containsExactly("questionId");

		JsonNode started = candidate.post(api(token) + "/questions/" + fixtures.starQuestion + "/start", null).json();
		assertThat(started.at("/questions/1/startedAt").isNull()).isFalse();
		jdbc.update("update interview.session_answer set started_at = now() - interval '211 seconds' "
				+ "where question_id = ?::uuid", fixtures.starQuestion);
		assertThat(candidate.post(api(token) + "/answers", answer(fixtures.starQuestion, "准时")).status()).isEqualTo(200);
		jdbc.update("update interview.session_answer set started_at = now() - interval '300 seconds' "
				+ "where question_id = ?::uuid", fixtures.starQuestion);
		JsonNode late = assertProblem(candidate.post(api(token) + "/answers", answer(fixtures.starQuestion, "迟到")), 409);
		assertThat(late.get("code").asString()).isEqualTo("interview.answer.late");
		assertThat(candidate.get(api(token)).json().at("/questions/1/answer").asString()).isEqualTo("准时");
	}

	@Test
	void answersAfterThePlansOverallLimitAreLate() {
		hr.put("/api/v1/requisitions/" + fixtures.requisition + "/interview-plan", Map.of("questions",
				java.util.List.of(Map.of("questionId", fixtures.gasQuestion, "order", 1)), "passThreshold", 60,
				"timeLimitMinutes", 10));
		String token = fixtures.startInterview();
		candidate.post(api(token) + "/consent", null);
		jdbc.update("update interview.session set consented_at = now() - interval '9 minutes' where application_id = ?::uuid "
				+ "and time_limit_minutes = 10", fixtures.application);
		assertThat(candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, "还在时限内")).status()).isEqualTo(200);
		jdbc.update("update interview.session set consented_at = now() - interval '11 minutes' where application_id = ?::uuid "
				+ "and time_limit_minutes = 10", fixtures.application);
		JsonNode late = assertProblem(candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, "超时")), 409);
		assertThat(late.get("code").asString()).isEqualTo("interview.answer.overallLate");
	}

	@Test
	void submissionScoresTheAnswersAndClosesTheLink() {
		String token = fixtures.startInterview();
		candidate.post(api(token) + "/consent", null);
		candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, GAS_ANSWER));
		ApiClient.Response submitted = candidate.post(api(token) + "/submit", null);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

		assertThat(assertProblem(candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, "改")), 409)
			.get("code").asString()).isEqualTo("interview.session.submitted");
		assertProblem(candidate.post(api(token) + "/submit", null), 409);
		assertThat(candidate.get(api(token)).json().get("status").asString()).isEqualTo("SUBMITTED");

		Map<String, Object> log = jdbc.queryForMap("select score, level, rubric_version, scorer_version, evidence::text as evidence "
				+ "from interview.session_answer where question_id = ?::uuid", fixtures.gasQuestion);
		assertThat((Integer) log.get("score")).isGreaterThan(60);
		assertThat(log.get("rubric_version")).isEqualTo(1);
		assertThat(log.get("scorer_version")).isEqualTo("rubric-scorer-2");
		assertThat((String) log.get("evidence")).contains("立即停止作业");
		assertThat(jdbc.queryForObject("select score from interview.session_answer where question_id = ?::uuid",
				Integer.class, fixtures.starQuestion)).as("a missing answer scores 0").isZero();
		assertDecisionLogExports(submitted.json().get("sessionId").asString(), (Integer) log.get("score"));
	}

	/** The AI-decision log exports what was scored, with versions, as JSON and CSV; a reversed period is refused. */
	private void assertDecisionLogExports(String sessionId, int gasScore) {
		String today = SystemActor.callAs(DEMO, tenantTime::today).toString();
		JsonNode decisions = hr.get("/api/v1/ai-interviews/decision-log?from=" + today + "&to=" + today).json();
		JsonNode gas = decisions.valueStream()
			.filter(d -> d.get("sessionId").asString().equals(sessionId)
					&& d.get("questionId").asString().equals(fixtures.gasQuestion.toString()))
			.findFirst()
			.orElseThrow();
		assertThat(gas.get("score").asInt()).isEqualTo(gasScore);
		assertThat(gas.get("scorerVersion").asString()).isEqualTo("rubric-scorer-2");
		assertThat(gas.get("applicationId").asString()).isEqualTo(fixtures.application);
		ApiClient.Response csv = hr.get("/api/v1/ai-interviews/decision-log?format=csv");
		assertThat(csv.body()).startsWith("\uFEFFscoredAt,sessionId,applicationId").contains(sessionId)
			.contains(",rubric-scorer-2").doesNotContain("立即停止作业");
		assertThat(assertProblem(hr.get("/api/v1/ai-interviews/decision-log?from=" + today + "&to=2020-01-01"), 400)
			.toString()).contains("to");
	}

	@Test
	void reportShowsWeightedDimensionsWithEvidenceAndIsDeterministic() {
		String token = fixtures.startInterview();
		candidate.post(api(token) + "/consent", null);
		candidate.post(api(token) + "/answers", answer(fixtures.gasQuestion, GAS_ANSWER));
		String sessionId = candidate.post(api(token) + "/submit", null).json().get("sessionId").asString();
		assertProblem(hr.get("/api/v1/ai-interviews/" + java.util.UUID.randomUUID() + "/report"), 404);

		ApiClient.Response response = hr.get("/api/v1/ai-interviews/" + sessionId + "/report");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode report = response.json();
		double gas = report.at("/dimensions/0/score").asDouble();
		assertThat(report.at("/dimensions/0/dimension").asString()).isEqualTo("安全意识");
		assertThat(report.at("/dimensions/1/dimension").asString()).isEqualTo("团队协作");
		assertThat(report.at("/dimensions/1/score").asDouble()).isZero();
		assertThat(report.get("overall").asDouble()).isCloseTo(Math.round(gas * 0.6 * 10) / 10.0, org.assertj.core.data.Offset.offset(0.11));
		JsonNode evidence = report.at("/dimensions/0/evidence/0");
		assertThat(evidence.get("questionId").asString()).isEqualTo(fixtures.gasQuestion);
		assertThat(evidence.get("covered").asBoolean()).isTrue();
		assertThat(GAS_ANSWER).contains(evidence.get("quote").asString());
		assertThat(report.get("strengths").toString()).contains("安全意识");
		assertThat(report.get("improvements").toString()).contains("团队协作");
		assertThat(report.at("/jobFit/passThreshold").asInt()).isEqualTo(60);
		assertThat(report.at("/jobFit/meetsThreshold").asBoolean()).isEqualTo(report.get("overall").asDouble() >= 60);
		assertThat(hr.get("/api/v1/ai-interviews/" + sessionId + "/report").body()).isEqualTo(response.body());
		assertThat(hr.inLanguage("en").get("/api/v1/ai-interviews/" + sessionId + "/report").json().get("strengths")
			.toString()).contains("Strong in 安全意识");
	}

	@Test
	void submissionPublishesTheScores(ApplicationEvents events) {
		String token = fixtures.startInterview();
		interviews.consent(token);
		interviews.answer(token, java.util.UUID.fromString(fixtures.gasQuestion), GAS_ANSWER);
		interviews.submit(token);

		InterviewScored scored = events.stream(InterviewScored.class).findFirst().orElseThrow();
		assertThat(scored.applicationId().toString()).isEqualTo(fixtures.application);
		assertThat(scored.candidateId().toString()).isEqualTo(fixtures.candidate);
		assertThat(scored.dimensionScores()).containsOnlyKeys("安全意识", "团队协作").containsEntry("团队协作", 0.0);
		assertThat(scored.weaknesses()).isNotEmpty();
	}

	@Test
	void tamperedAndExpiredLinksAreRefused() {
		String token = fixtures.startInterview();
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
		JsonNode invalid = assertProblem(candidate.get(api(tampered)), 404);
		assertThat(invalid.get("code").asString()).isEqualTo("interview.link.invalid");
		assertProblem(candidate.get(api("not-a-token")), 404);

		jdbc.update("update interview.session set expires_at = now() - interval '1 minute' where application_id = ?::uuid",
				fixtures.application);
		JsonNode expired = assertProblem(candidate.get(api(token)), 410);
		assertThat(expired.get("code").asString()).isEqualTo("interview.link.expired");
	}
}
